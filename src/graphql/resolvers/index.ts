// The resolver map: one file per type, typed by GraphQL Code Generator.
import type { Resolvers } from '../generated/resolvers-types.js';
import { Award } from './award.js';
import { AwardConnection, AwardEdge } from './award-connection.js';
import { AwardGrant } from './award-grant.js';
import { Brand } from './brand.js';
import { BrandConnection, BrandEdge } from './brand-connection.js';
import { Cluster } from './cluster.js';
import { Document } from './document.js';
import { Enterprise } from './enterprise.js';
import { EnterpriseConnection, EnterpriseEdge } from './enterprise-connection.js';
import { Entity } from './entity.js';
import { EntityConnection, EntityEdge } from './entity-connection.js';
import { EntityRelationship } from './entity-relationship.js';
import { Evidence } from './evidence.js';
import { GraphPath } from './graph-path.js';
import { GraphRelationship } from './graph-relationship.js';
import { Indicator } from './indicator.js';
import { JSONObject } from './json-object.js';
import { Leadership } from './leadership.js';
import { Organization } from './organization.js';
import { PageInfo } from './page-info.js';
import { Partnership } from './partnership.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Project } from './project.js';
import { Query } from './query.js';
import { SearchHit } from './search-hit.js';
import { ServiceInfo } from './service-info.js';
import { Subgraph } from './subgraph.js';
import { University } from './university.js';
import { UniversityConnection, UniversityEdge } from './university-connection.js';
import { Zone } from './zone.js';
import { ZoneConnection, ZoneEdge } from './zone-connection.js';

export const resolvers: Resolvers = {
  Query,
  JSONObject,
  Entity,
  Zone,
  University,
  Enterprise,
  Brand,
  Award,
  Cluster,
  Person,
  Organization,
  Project,
  Place,
  Document,
  Evidence,
  Indicator,
  Partnership,
  AwardGrant,
  Leadership,
  SearchHit,
  GraphRelationship,
  EntityRelationship,
  GraphPath,
  Subgraph,
  PageInfo,
  ServiceInfo,
  EnterpriseConnection,
  EnterpriseEdge,
  ZoneConnection,
  ZoneEdge,
  UniversityConnection,
  UniversityEdge,
  BrandConnection,
  BrandEdge,
  AwardConnection,
  AwardEdge,
  EntityConnection,
  EntityEdge,
};
