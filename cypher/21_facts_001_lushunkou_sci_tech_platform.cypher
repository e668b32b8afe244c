// Facts of article 001_edc594fb762addbc, "A sci-tech service platform for companies in
// Lushunkou District is built to develop high-tech industry": high-tech output, the
// academicians activity and the universities it links, incubation and patent figures,
// and the "Two Gardens and One Gallery" parks.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: '001_edc594fb762addbc'})
UNWIND [
  'zone:lushunkou-district', 'project:lushunkou-district-sci-tech-service-platform', 'award:high-tech-enterprise',
  'project:innovating-careers-under-the-guidance-of-tens-of-thousands-of-academicians',
  'university:dalian-university-of-technology', 'university:dalian-maritime-university',
  'university:dalian-institute-of-chemical-physics', 'organization:chinese-academy-of-sciences',
  'project:incubator-project', 'zone:dalian-innovation-park', 'place:dalian',
  'project:lushunkou-district-science-and-technology-plan-projects',
  'project:two-gardens-and-one-gallery', 'zone:modern-maritime-industrial-park', 'zone:modern-gardening-industrial-park',
  'enterprise:dalian-haibao-fishery', 'zone:modern-urban-leisure-industry-gallery', 'zone:xiaonan-village',
  'award:national-model-points-of-leisure-agriculture-and-rural-tourism',
  'project:dielianhua-butterfly-park', 'project:space-museum'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- platform and programmes
MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:lushunkou-district-sci-tech-service-platform'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.purpose = 'cultivate innovative companies, develop high-tech industry and implement the development strategy of intellectual property'
WITH r, [
  ['001_edc594fb762addbc', 'In order to cultivate innovative companies, develop high-tech industry and implement the development strategy of intellectual property, a sci-tech service platform for companies in Lushunkou District is built.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:innovating-careers-under-the-guidance-of-tens-of-thousands-of-academicians'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
WITH r, [
  ['001_edc594fb762addbc', 'by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:incubator-project'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.purpose = 'push forward the construction of Science-based Incubators'
WITH r, [
  ['001_edc594fb762addbc', 'a sci-tech service platform for companies in Lushunkou District is built'],
  ['001_edc594fb762addbc', 'Another “Incubator Project” is implemented to push forward the construction of Science-based Incubators.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:two-gardens-and-one-gallery'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
WITH r, [
  ['001_edc594fb762addbc', 'Moreover, Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- university partnerships
// "33 high-tech companies" of the district cooperate with "33 universities including"
// these three, through the academicians activity: a zone-level partnership (SPEC
// PARTNERS_WITH), since the companies are not named.
MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-university-of-technology'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['Innovating Careers under the Guidance of tens of thousands of Academicians'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = '33 high-tech companies of the district'
WITH r, [
  ['001_edc594fb762addbc', 'In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-maritime-university'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['Innovating Careers under the Guidance of tens of thousands of Academicians'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = '33 high-tech companies of the district'
WITH r, [
  ['001_edc594fb762addbc', 'In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-institute-of-chemical-physics'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['Innovating Careers under the Guidance of tens of thousands of Academicians'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = '33 high-tech companies of the district'
WITH r, [
  ['001_edc594fb762addbc', 'In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'university:dalian-institute-of-chemical-physics'})
MATCH (b:Entity {id: 'organization:chinese-academy-of-sciences'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'Dalian Institute of Chemical Physics of Chinese Academy of Sciences']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Two Gardens and One Gallery
MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-maritime-industrial-park'})
MERGE (a)-[r:INCLUDES]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-gardening-industrial-park'})
MERGE (a)-[r:INCLUDES]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:INCLUDES]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:modern-maritime-industrial-park'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the two Gardens'
WITH r, [
  ['001_edc594fb762addbc', 'Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.'],
  ['001_edc594fb762addbc', 'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:modern-gardening-industrial-park'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the two Gardens'
WITH r, [
  ['001_edc594fb762addbc', 'Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.'],
  ['001_edc594fb762addbc', 'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the One Gallery'
WITH r, [
  ['001_edc594fb762addbc', 'Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.'],
  ['001_edc594fb762addbc', 'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-haibao-fishery'})
MATCH (b:Entity {id: 'zone:modern-maritime-industrial-park'})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r.activity = 'marine ranching'
WITH r, [
  ['001_edc594fb762addbc', 'The former park is doing a good job in marine ranching with the joint effort of Dalian Haibao Fishery Co. Ltd. and other companies']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:xiaonan-village'})
MATCH (b:Entity {id: 'award:national-model-points-of-leisure-agriculture-and-rural-tourism'})
MERGE (a)-[r:APPLIED_FOR]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:xiaonan-village'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.'],
  ['001_edc594fb762addbc', 'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:dielianhua-butterfly-park'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.'],
  ['001_edc594fb762addbc', 'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:space-museum'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['001_edc594fb762addbc', 'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.'],
  ['001_edc594fb762addbc', 'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-products-production-value'})
SET i.name = 'high-tech products production value', i.label = 'high-tech product production value 4.745 billion yuan',
    i.value = 4745000000.0, i.unit = 'yuan', i.period = 'up to now'
WITH i, [
  ['001_edc594fb762addbc', 'Up to now, the production value of the high-tech products in the whole district amounts to 4.745 billion yuan and the added value of that is 1.209 billion yuan.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-products-added-value'})
SET i.name = 'high-tech products added value', i.label = 'high-tech product added value 1.209 billion yuan',
    i.value = 1209000000.0, i.unit = 'yuan', i.period = 'up to now'
WITH i, [
  ['001_edc594fb762addbc', 'Up to now, the production value of the high-tech products in the whole district amounts to 4.745 billion yuan and the added value of that is 1.209 billion yuan.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-companies-cooperating-with-universities'})
SET i.name = 'high-tech companies cooperating with universities', i.label = '33 high-tech companies established cooperation with universities',
    i.value = 33.0, i.unit = 'companies', i.period = 'in recent years'
WITH i, [
  ['001_edc594fb762addbc', '33 high-tech companies has established cooperation relationships with 33 universities']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:high-tech-enterprise'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:cooperating-universities'})
SET i.name = 'cooperating universities', i.label = '33 universities cooperating with the district\'s high-tech companies',
    i.value = 33.0, i.unit = 'universities', i.period = 'in recent years'
WITH i, [
  ['001_edc594fb762addbc', '33 high-tech companies has established cooperation relationships with 33 universities']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:science-and-technology-cooperation-bases'})
SET i.name = 'science and technology cooperation bases founded', i.label = '11 science and technology cooperation bases founded',
    i.value = 11.0, i.unit = 'bases', i.period = 'in recent years'
WITH i, [
  ['001_edc594fb762addbc', 'During the cooperation, 11 science and technology cooperation bases were founded']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:cooperation-projects-and-new-products'})
SET i.name = 'projects and new products developed in cooperation', i.label = 'more than 30 projects and new products developed',
    i.value = 30.0, i.unit = 'projects and new products', i.qualifier = 'more than', i.period = 'in recent years'
WITH i, [
  ['001_edc594fb762addbc', 'more than 30 projects and new products were developed']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-innovation-park:start-up-teams-introduced'})
SET i.name = 'technological start-up teams introduced', i.label = '6 technological start-up teams introduced this year',
    i.value = 6.0, i.unit = 'teams', i.period = 'this year'
WITH i, [
  ['001_edc594fb762addbc', 'This year, 6 technological start-up teams were introduced to Dalian Innovation Park']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-innovation-park'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:companies-signed-for-incubators'})
SET i.name = 'companies signed for incubators', i.label = '106 companies signed for incubators',
    i.value = 106.0, i.unit = 'companies', i.period = 'this year'
WITH i, [
  ['001_edc594fb762addbc', 'the number of the companies signed for incubators amounts to 106']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'project:incubator-project'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:companies-applying-for-district-science-and-technology-plan-projects'})
SET i.name = 'companies applying for district-level Science and Technology Plan Projects',
    i.label = '4 companies applied for Science and Technology Plan Projects of district level',
    i.value = 4.0, i.unit = 'companies', i.period = 'this year'
WITH i, [
  ['001_edc594fb762addbc', '4 companies applied for Science and Technology Plan Projects of district level']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'project:lushunkou-district-science-and-technology-plan-projects'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:patent-applications'})
SET i.name = 'patent applications', i.label = '63 patent applications in total',
    i.value = 63.0, i.unit = 'patent applications', i.period = 'up to now'
WITH i, [
  ['001_edc594fb762addbc', 'Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:patent-authorizations'})
SET i.name = 'patent authorizations', i.label = '31 patent authorizations in total',
    i.value = 31.0, i.unit = 'authorizations', i.period = 'up to now'
WITH i, [
  ['001_edc594fb762addbc', 'Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:valid-patents'})
SET i.name = 'valid patents', i.label = '206 valid patents in total',
    i.value = 206.0, i.unit = 'patents', i.period = 'up to now'
WITH i, [
  ['001_edc594fb762addbc', 'Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:modern-gardening-industrial-park:agricultural-facilities-being-reformed'})
SET i.name = 'agricultural facilities being reformed', i.label = 'reforming 3000 mu of agricultural facilities',
    i.value = 3000.0, i.unit = 'mu'
WITH i, [
  ['001_edc594fb762addbc', 'the latter is focusing on reforming 3000 mu of agricultural facilities']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:modern-gardening-industrial-park'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
