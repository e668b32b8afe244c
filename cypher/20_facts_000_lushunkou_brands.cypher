// Facts of article 000_78ef79e541532cd8, "Lushunkou District optimized the industrial
// upgrading and took the road of brand development": what Lushunkou District's
// enterprises make, its high-tech and R&D centre counts, its regional brands and
// trademark certifications, and its industrial clusters.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists:
// evidence[i] is a verbatim quote from Document sources[i]). Edges marked
// `inferred: true` are implied by the article rather than said in one sentence; their
// `note` says how.
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: '000_78ef79e541532cd8'})
UNWIND [
  'zone:lushunkou-district',
  'enterprise:cosco-shipbuilding-industry-company', 'project:300000-ton-vlcc',
  'enterprise:dalian-qiche-railway-transportation-equipment', 'project:dalian-qiche-special-vehicles', 'place:australia',
  'enterprise:dalian-huayang-chemical-fiber-technology', 'project:national-standard-of-technical-textiles',
  'project:major-equipment-and-key-components-development',
  'award:high-tech-enterprise', 'award:national-technical-center', 'award:provincial-level-r-d-center', 'award:municipal-level-r-d-center',
  'enterprise:dalian-dhi-dcw-group', 'brand:made-in-lushun', 'brand:equipped-in-lushun',
  'brand:prawn-crackers-national-geographical-indication', 'award:demonstration-base-of-industrial-products',
  'brand:demai-shi-cdms', 'brand:haiyantang', 'brand:hongjia', 'brand:gegeda',
  'award:well-known-national-trademark-certification', 'award:well-known-provincial-trademark-certification',
  'brand:huanyou', 'enterprise:dalian-huanyou-shield-pump', 'brand:aiaimi', 'enterprise:jilin-aodong-pharmaceutical-group',
  'cluster:lushun-railway-transportation-equipment-manufacturing-cluster', 'cluster:lushun-shipbuilding-cluster',
  'cluster:lushun-pump-industrial-cluster', 'project:change-3', 'project:asia-1'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- products, standards, programmes
MATCH (a:Entity {id: 'enterprise:cosco-shipbuilding-industry-company'})
MATCH (b:Entity {id: 'project:300000-ton-vlcc'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r.achievement = 'has reached the advanced international level'
WITH r, [
  ['000_78ef79e541532cd8', 'The 300, 000-ton VLCC manufactured by COSCO Shipbuilding Industry Company has reached the advanced international level.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-qiche-railway-transportation-equipment'})
MATCH (b:Entity {id: 'project:dalian-qiche-special-vehicles'})
MERGE (a)-[r:MANUFACTURES]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'The special vehicles manufactured by Dalian Qiche Railway Transportation Equipment Limited Liability Company have successfully occupied the Australian market.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:dalian-qiche-special-vehicles'})
MATCH (b:Entity {id: 'place:australia'})
MERGE (a)-[r:SOLD_IN]->(b)
SET r.achievement = 'have successfully occupied the Australian market'
WITH r, [
  ['000_78ef79e541532cd8', 'The special vehicles manufactured by Dalian Qiche Railway Transportation Equipment Limited Liability Company have successfully occupied the Australian market.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-huayang-chemical-fiber-technology'})
MATCH (b:Entity {id: 'project:national-standard-of-technical-textiles'})
MERGE (a)-[r:FORMULATED_STANDARD]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'Dalian Huayang Chemical Fiber Technology Co. Ltd. has formulated the national standard of technical Textiles.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:major-equipment-and-key-components-development'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
WITH r, [
  ['000_78ef79e541532cd8', 'organizing and implementing a number of public relations issues on major equipment and key components development, thus having further enhanced the enterprises’ capacity of advanced research and development and technical reserves']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- enterprises of the district
MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'enterprise:cosco-shipbuilding-industry-company'})
MERGE (a)-[r:RELIES_ON]->(b)
SET r.purpose = 'innovation on the operating mechanism of regional brand'
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District relied on such well-known large enterprises as COSCO Shipbuilding Industry Company and Dalian DHI·DCW Group Ltd. to make innovation on the operating mechanism of regional brand']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'enterprise:dalian-dhi-dcw-group'})
MERGE (a)-[r:RELIES_ON]->(b)
SET r.purpose = 'innovation on the operating mechanism of regional brand'
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District relied on such well-known large enterprises as COSCO Shipbuilding Industry Company and Dalian DHI·DCW Group Ltd. to make innovation on the operating mechanism of regional brand']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:cosco-shipbuilding-industry-company'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.inferred = true,
    r.note = 'implied: the district "relied on" it as one of its well-known large enterprises, and its VLCC is cited among the district\'s achievements'
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District relied on such well-known large enterprises as COSCO Shipbuilding Industry Company and Dalian DHI·DCW Group Ltd.'],
  ['000_78ef79e541532cd8', 'The 300, 000-ton VLCC manufactured by COSCO Shipbuilding Industry Company has reached the advanced international level.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-dhi-dcw-group'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.inferred = true,
    r.note = 'implied: the district "relied on" it as one of its well-known large enterprises'
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District relied on such well-known large enterprises as COSCO Shipbuilding Industry Company and Dalian DHI·DCW Group Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-qiche-railway-transportation-equipment'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.inferred = true,
    r.note = 'implied: its special vehicles are cited among the district\'s achievements in enhancing "the enterprises’ capacity"'
WITH r, [
  ['000_78ef79e541532cd8', 'In recent years, Lushunkou District has always adhered to the core principle of strengthening the quality and benefits of economic development'],
  ['000_78ef79e541532cd8', 'The special vehicles manufactured by Dalian Qiche Railway Transportation Equipment Limited Liability Company have successfully occupied the Australian market.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-huayang-chemical-fiber-technology'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.inferred = true,
    r.note = 'implied: its national standard is cited among the district\'s achievements in enhancing "the enterprises’ capacity"'
WITH r, [
  ['000_78ef79e541532cd8', 'In recent years, Lushunkou District has always adhered to the core principle of strengthening the quality and benefits of economic development'],
  ['000_78ef79e541532cd8', 'Dalian Huayang Chemical Fiber Technology Co. Ltd. has formulated the national standard of technical Textiles.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- regional brands
MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'brand:made-in-lushun'})
MERGE (a)-[r:PROMOTES]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'to make innovation on the operating mechanism of regional brand and form the brand effect of “Made in Lushun” and “Equipped in Lushun”.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'brand:equipped-in-lushun'})
MERGE (a)-[r:PROMOTES]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'to make innovation on the operating mechanism of regional brand and form the brand effect of “Made in Lushun” and “Equipped in Lushun”.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'brand:prawn-crackers-national-geographical-indication'})
MERGE (a)-[r:APPLIED_FOR]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'The District also organized to apply for the special brands with Lushun characteristics such as prawn crackers national geographical indications and demonstration base of industrial products.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'award:demonstration-base-of-industrial-products'})
MERGE (a)-[r:APPLIED_FOR]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'The District also organized to apply for the special brands with Lushun characteristics such as prawn crackers national geographical indications and demonstration base of industrial products.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- trademark certifications
MATCH (a:Entity {id: 'brand:demai-shi-cdms'})
MATCH (b:Entity {id: 'award:well-known-national-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', 'Four trademarks of Demai Shi CDMS, Haiyantang, Hongjia and Gegeda have got access to the well-known national trademark certification']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'brand:haiyantang'})
MATCH (b:Entity {id: 'award:well-known-national-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', 'Four trademarks of Demai Shi CDMS, Haiyantang, Hongjia and Gegeda have got access to the well-known national trademark certification']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'brand:hongjia'})
MATCH (b:Entity {id: 'award:well-known-national-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', 'Four trademarks of Demai Shi CDMS, Haiyantang, Hongjia and Gegeda have got access to the well-known national trademark certification']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'brand:gegeda'})
MATCH (b:Entity {id: 'award:well-known-national-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', 'Four trademarks of Demai Shi CDMS, Haiyantang, Hongjia and Gegeda have got access to the well-known national trademark certification']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'brand:huanyou'})
MATCH (b:Entity {id: 'award:well-known-provincial-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', '40 trademarks including “Huanyou” of Dalian Huanyou Shield Pump Co. Ltd. and “Aiaimi” of Jilin Aodong Pharmaceutical Group Co. Ltd. have obtained the well-known provincial trademark certification.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'brand:aiaimi'})
MATCH (b:Entity {id: 'award:well-known-provincial-trademark-certification'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['000_78ef79e541532cd8', '40 trademarks including “Huanyou” of Dalian Huanyou Shield Pump Co. Ltd. and “Aiaimi” of Jilin Aodong Pharmaceutical Group Co. Ltd. have obtained the well-known provincial trademark certification.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-huanyou-shield-pump'})
MATCH (b:Entity {id: 'brand:huanyou'})
MERGE (a)-[r:OWNS]->(b)
WITH r, [
  ['000_78ef79e541532cd8', '“Huanyou” of Dalian Huanyou Shield Pump Co. Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:jilin-aodong-pharmaceutical-group'})
MATCH (b:Entity {id: 'brand:aiaimi'})
MERGE (a)-[r:OWNS]->(b)
WITH r, [
  ['000_78ef79e541532cd8', '“Aiaimi” of Jilin Aodong Pharmaceutical Group Co. Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- clusters
MATCH (a:Entity {id: 'cluster:lushun-railway-transportation-equipment-manufacturing-cluster'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District also deeply carried out the projects of the industrial cluster.'],
  ['000_78ef79e541532cd8', 'So far two industrial clusters of Lushun railway transportation equipment manufacturing and Lushun Shipbuilding with over 10 billion yuan of corresponding output value have been established.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-shipbuilding-cluster'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District also deeply carried out the projects of the industrial cluster.'],
  ['000_78ef79e541532cd8', 'So far two industrial clusters of Lushun railway transportation equipment manufacturing and Lushun Shipbuilding with over 10 billion yuan of corresponding output value have been established.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-pump-industrial-cluster'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['000_78ef79e541532cd8', 'Lushunkou District also deeply carried out the projects of the industrial cluster.'],
  ['000_78ef79e541532cd8', 'The industrial cluster of pump has taken shape initiatively']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-pump-industrial-cluster'})
MATCH (b:Entity {id: 'project:change-3'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r.what = 'the cluster\'s products'
WITH r, [
  ['000_78ef79e541532cd8', 'The industrial cluster of pump has taken shape initiatively, where the products have been applied in such spaceflight projects as “Chang\'e 3”and ASIA-1.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-pump-industrial-cluster'})
MATCH (b:Entity {id: 'project:asia-1'})
MERGE (a)-[r:APPLIED_IN]->(b)
SET r.what = 'the cluster\'s products'
WITH r, [
  ['000_78ef79e541532cd8', 'The industrial cluster of pump has taken shape initiatively, where the products have been applied in such spaceflight projects as “Chang\'e 3”and ASIA-1.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-enterprises'})
SET i.name = 'high-tech enterprises', i.label = '39 enterprises identified as high-tech enterprises',
    i.value = 39.0, i.unit = 'enterprises'
WITH i, [
  ['000_78ef79e541532cd8', 'A total of 39 enterprises among the district have been identified as high-tech enterprises']
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

MERGE (i:Indicator {id: 'indicator:lushunkou-district:national-technical-center-enterprises'})
SET i.name = 'enterprises defined as National Technical Center', i.label = '7 enterprises defined as National Technical Center',
    i.value = 7.0, i.unit = 'enterprises'
WITH i, [
  ['000_78ef79e541532cd8', 'with 7 enterprises defined as National Technical Center']
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
MATCH (a:Entity {id: 'award:national-technical-center'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:provincial-level-r-d-center-enterprises'})
SET i.name = 'enterprises defined as Provincial-level R&D Center', i.label = '1 enterprise defined as Provincial-level R&D Center',
    i.value = 1.0, i.unit = 'enterprises'
WITH i, [
  ['000_78ef79e541532cd8', '1 as Provincial-level R & D Center']
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
MATCH (a:Entity {id: 'award:provincial-level-r-d-center'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:municipal-level-r-d-center-enterprises'})
SET i.name = 'enterprises defined as Municipal-level R&D Center', i.label = '11 enterprises defined as Municipal-level R&D Center',
    i.value = 11.0, i.unit = 'enterprises'
WITH i, [
  ['000_78ef79e541532cd8', '11 as Municipal-level R & D Center']
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
MATCH (a:Entity {id: 'award:municipal-level-r-d-center'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:well-known-national-trademarks'})
SET i.name = 'well-known national trademarks', i.label = '4 trademarks with the well-known national trademark certification',
    i.value = 4.0, i.unit = 'trademarks'
WITH i, [
  ['000_78ef79e541532cd8', 'Four trademarks of Demai Shi CDMS, Haiyantang, Hongjia and Gegeda have got access to the well-known national trademark certification']
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
MATCH (a:Entity {id: 'award:well-known-national-trademark-certification'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:well-known-provincial-trademarks'})
SET i.name = 'well-known provincial trademarks', i.label = '40 trademarks with the well-known provincial trademark certification',
    i.value = 40.0, i.unit = 'trademarks'
WITH i, [
  ['000_78ef79e541532cd8', '40 trademarks including “Huanyou” of Dalian Huanyou Shield Pump Co. Ltd. and “Aiaimi” of Jilin Aodong Pharmaceutical Group Co. Ltd. have obtained the well-known provincial trademark certification.']
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
MATCH (a:Entity {id: 'award:well-known-provincial-trademark-certification'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushunkou-district:established-industrial-clusters'})
SET i.name = 'established industrial clusters', i.label = '2 industrial clusters established so far',
    i.value = 2.0, i.unit = 'clusters'
WITH i, [
  ['000_78ef79e541532cd8', 'So far two industrial clusters of Lushun railway transportation equipment manufacturing and Lushun Shipbuilding with over 10 billion yuan of corresponding output value have been established.']
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

// "with over 10 billion yuan of corresponding output value": read as each cluster's
// own ("corresponding") output value; the note keeps the doubt visible.
MERGE (i:Indicator {id: 'indicator:lushun-railway-transportation-equipment-manufacturing-cluster:output-value'})
SET i.name = 'output value', i.label = 'output value over 10 billion yuan',
    i.value = 10000000000.0, i.unit = 'yuan', i.qualifier = 'over',
    i.note = 'The article gives "over 10 billion yuan of corresponding output value" for the two clusters together in one phrase; read as each cluster\'s own figure.'
WITH i, [
  ['000_78ef79e541532cd8', 'two industrial clusters of Lushun railway transportation equipment manufacturing and Lushun Shipbuilding with over 10 billion yuan of corresponding output value']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'cluster:lushun-railway-transportation-equipment-manufacturing-cluster'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-shipbuilding-cluster:output-value'})
SET i.name = 'output value', i.label = 'output value over 10 billion yuan',
    i.value = 10000000000.0, i.unit = 'yuan', i.qualifier = 'over',
    i.note = 'The article gives "over 10 billion yuan of corresponding output value" for the two clusters together in one phrase; read as each cluster\'s own figure.'
WITH i, [
  ['000_78ef79e541532cd8', 'two industrial clusters of Lushun railway transportation equipment manufacturing and Lushun Shipbuilding with over 10 billion yuan of corresponding output value']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'cluster:lushun-shipbuilding-cluster'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:300000-ton-vlcc:tonnage'})
SET i.name = 'tonnage', i.label = '300,000-ton VLCC',
    i.value = 300000.0, i.unit = 'tons'
WITH i, [
  ['000_78ef79e541532cd8', 'The 300, 000-ton VLCC']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'project:300000-ton-vlcc'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
