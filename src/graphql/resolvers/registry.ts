// Every type's spec, by GraphQL type name: what the translator reads the graph with.
import type { TypeSpec } from '../translate/spec.js';
import { AwardSpec } from './award.js';
import { AwardGrantSpec } from './award-grant.js';
import { BrandSpec } from './brand.js';
import { ClusterSpec } from './cluster.js';
import { CONNECTION_SPECS } from './connection.js';
import { DocumentSpec } from './document.js';
import { EnterpriseSpec } from './enterprise.js';
import { EntitySpec } from './entity.js';
import { EntityRelationshipSpec } from './entity-relationship.js';
import { EvidenceSpec } from './evidence.js';
import { GraphPathSpec } from './graph-path.js';
import { GraphRelationshipSpec } from './graph-relationship.js';
import { IndicatorSpec } from './indicator.js';
import { LeadershipSpec } from './leadership.js';
import { OrganizationSpec } from './organization.js';
import { PageInfoSpec } from './page-info.js';
import { PartnershipSpec } from './partnership.js';
import { PersonSpec } from './person.js';
import { PlaceSpec } from './place.js';
import { RelationshipGroupSpec } from './relationship-group.js';
import { ProjectSpec } from './project.js';
import { SearchHitSpec } from './search-hit.js';
import { ServiceInfoSpec } from './service-info.js';
import { SubgraphSpec } from './subgraph.js';
import { UniversitySpec } from './university.js';
import { ZoneSpec } from './zone.js';

export const SPECS: Readonly<Record<string, TypeSpec>> = Object.fromEntries(
  (
    [
      EntitySpec,
      ZoneSpec,
      UniversitySpec,
      EnterpriseSpec,
      BrandSpec,
      AwardSpec,
      ClusterSpec,
      PersonSpec,
      OrganizationSpec,
      ProjectSpec,
      PlaceSpec,
      DocumentSpec,
      EvidenceSpec,
      IndicatorSpec,
      PartnershipSpec,
      AwardGrantSpec,
      LeadershipSpec,
      SearchHitSpec,
      GraphRelationshipSpec,
      EntityRelationshipSpec,
      RelationshipGroupSpec,
      GraphPathSpec,
      SubgraphSpec,
      PageInfoSpec,
      ServiceInfoSpec,
      ...CONNECTION_SPECS,
    ] as TypeSpec[]
  ).map((spec) => [spec.name, spec]),
);
