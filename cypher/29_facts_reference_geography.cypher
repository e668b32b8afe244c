// Background facts from the project's own reference note
// (data/reference/reference_administrative_geography.txt, Document kind 'reference'),
// not from a source article: which province, city or district each place and zone lies
// in. The articles take these for granted without stating them.
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: 'reference_administrative_geography'})
UNWIND [
  'place:china', 'place:liaoning', 'place:dalian', 'place:shenyang', 'place:panjin', 'place:chaoyang',
  'zone:lushunkou-district', 'zone:lushun-development-zone', 'zone:dalian-puwan-economic-zone',
  'zone:shenyang-economic-and-technological-development-zone', 'zone:chaoyang-jianping-economic-development-zone'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- administrative nesting
MATCH (a:Entity {id: 'place:liaoning'})
MATCH (b:Entity {id: 'place:china'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Liaoning Province is a province of China.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'place:dalian'})
MATCH (b:Entity {id: 'place:liaoning'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Dalian is a city in Liaoning Province.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'place:shenyang'})
MATCH (b:Entity {id: 'place:liaoning'})
MERGE (a)-[r:PART_OF]->(b)
SET r.capital = true
WITH r, [
  ['reference_administrative_geography', 'Shenyang is a city in Liaoning Province and its capital.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'place:panjin'})
MATCH (b:Entity {id: 'place:liaoning'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Panjin is a city in Liaoning Province.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'place:chaoyang'})
MATCH (b:Entity {id: 'place:liaoning'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Chaoyang is a city in Liaoning Province.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Lushunkou District is a district of the city of Dalian.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Lushun Development Zone lies in Lushunkou District, Dalian.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:dalian-puwan-economic-zone'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Dalian Puwan Economic Zone lies in the city of Dalian.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'place:shenyang'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Shenyang Economic and Technological Development Zone lies in the city of Shenyang.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MATCH (b:Entity {id: 'place:chaoyang'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['reference_administrative_geography', 'Chaoyang Jianping Economic Development Zone lies in Jianping County in the city of Chaoyang.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
