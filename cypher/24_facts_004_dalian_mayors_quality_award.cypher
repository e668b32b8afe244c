// Facts of article 004_259afd6deae00c3b, '"Quality Award Cluster" of Dalian has Taken
// Initial Shape' (2022-08-04): the 8th Mayor's Quality Award winners and nominees of
// 2022, the quality award cluster and its figures, the bodies behind the awards, and
// what two award enterprises and their general managers say about them.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).
// Year 2022 of this year's awards: the article is dated "2022-08-04 13:48" and speaks of
// "the 8 award-winning enterprises in this year"; award edges cite both.
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: '004_259afd6deae00c3b'})
UNWIND [
  'place:dalian', 'place:china', 'award:national-demonstration-city-with-strong-quality', 'brand:made-in-dalian',
  'project:8th-dalian-mayor-quality-awards-conference', 'award:mayors-quality-award', 'award:governors-quality-award',
  'award:government-quality-award', 'cluster:dalian-quality-award-cluster',
  'organization:dalian-municipal-market-supervision-bureau',
  'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering', 'person:xu-weiming',
  'project:high-performance-ocean-going-ships', 'project:steel-plate-comprehensive-printing-production-line',
  'project:welding-robot-production-line', 'project:green-ships',
  'cluster:dalian-high-end-marine-equipment-manufacturing-industry',
  'enterprise:danai-pump-industry', 'person:ci-yuanxin',
  'project:chemical-process-pumps-and-corrosion-resistant-pumps', 'project:pump-standards-in-china',
  'enterprise:dalian-haosen-equipment-manufacturing', 'enterprise:hengli-petrochemical-dalian',
  'enterprise:dalian-rubber-and-plastic-machinery', 'enterprise:dalian-metro-group',
  'enterprise:dalian-north-transformer-group', 'enterprise:dalian-jinhui-rongzhi-technology'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- the city, its title and brand
MATCH (a:Entity {id: 'place:dalian'})
MATCH (b:Entity {id: 'award:national-demonstration-city-with-strong-quality'})
MERGE (a)-[r:PURSUES]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'In the process of creating a "National Demonstration City with Strong Quality", our city has given full play to its leading and exemplary role'],
  ['004_259afd6deae00c3b', 'strive to make the golden signboard of "National Demonstration City with Strong Quality" richer in connotation and more effective']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'place:dalian'})
MATCH (b:Entity {id: 'brand:made-in-dalian'})
MERGE (a)-[r:PROMOTES]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'our city has given full play to its leading and exemplary role, and a number of outstanding enterprises have become the leaders of "Made in Dalian"']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- the awards and who stands behind them
MATCH (a:Entity {id: 'project:8th-dalian-mayor-quality-awards-conference'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:PRESENTS {year: 2022}]->(b)
SET r.date = '2022-08-02'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'According to the 8th Dalian Mayor Quality Awards Conference on August 2nd, at present, 35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'award:mayors-quality-award'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:CONFERRED_BY]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'the 8th Dalian Mayor Quality Awards Conference'],
  ['004_259afd6deae00c3b', '35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'organization:dalian-municipal-market-supervision-bureau'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:ESTABLISHED]->(b)
SET r.role = 'leads the establishment'
WITH r, [
  ['004_259afd6deae00c3b', 'The Municipal Market Supervision Bureau gives full play to the leading role in the work of strengthening the city with high quality, leads the establishment of the Mayor Quality Award']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'organization:dalian-municipal-market-supervision-bureau'})
MATCH (b:Entity {id: 'award:government-quality-award'})
MERGE (a)-[r:USES]->(b)
SET r.as = 'an important starting point'
WITH r, [
  ['004_259afd6deae00c3b', 'leads the establishment of the Mayor Quality Award, and takes the government Quality Award as an important starting point']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'award:government-quality-award'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:CONFERRED_BY]->(b)
SET r.since = 2011
WITH r, [
  ['004_259afd6deae00c3b', 'Since the establishment of the Government Quality Award in our city in 2011']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- the quality award cluster
MATCH (a:Entity {id: 'cluster:dalian-quality-award-cluster'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['004_259afd6deae00c3b', '"Quality Award Cluster" of Dalian has Taken Initial Shape'],
  ['004_259afd6deae00c3b', '35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed, and 18 (sub-) enterprises have won the Governor\'s Quality Award, initially forming a "quality award cluster"']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// The eight 2022 award enterprises are among the 35 that form the cluster.
UNWIND [
  ['enterprise:dalian-haosen-equipment-manufacturing', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'],
  ['enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'],
  ['enterprise:hengli-petrochemical-dalian', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'],
  ['enterprise:dalian-rubber-and-plastic-machinery', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'],
  ['enterprise:dalian-metro-group', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'],
  ['enterprise:danai-pump-industry', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'],
  ['enterprise:dalian-north-transformer-group', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'],
  ['enterprise:dalian-jinhui-rongzhi-technology', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS member
MATCH (a:Entity {id: member[0]})
MATCH (b:Entity {id: 'cluster:dalian-quality-award-cluster'})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, [
  ['004_259afd6deae00c3b', '35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed, and 18 (sub-) enterprises have won the Governor\'s Quality Award, initially forming a "quality award cluster"'],
  ['004_259afd6deae00c3b', member[1]]
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- 2022 Mayor's Quality Award: winners
MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'AWARDED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd., which won the Mayor\'s Quality Award, is a modern large-scale shipbuilding enterprise'],
  ['004_259afd6deae00c3b', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-haosen-equipment-manufacturing'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'AWARDED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:hengli-petrochemical-dalian'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'AWARDED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- 2022 Mayor's Quality Award: nominees
MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'NOMINATED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'Ci Yuanxin, general manager of Danai Pump Industry Co., Ltd., who won the nomination of this mayor\'s quality award'],
  ['004_259afd6deae00c3b', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-rubber-and-plastic-machinery'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'NOMINATED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-metro-group'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'NOMINATED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-north-transformer-group'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'NOMINATED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-jinhui-rongzhi-technology'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED {year: 2022}]->(b)
SET r.status = 'NOMINATED'
WITH r, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year'],
  ['004_259afd6deae00c3b', 'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Dalian COSCO Shipping Kawasaki Shipbuilding Engineering
// Its general manager's statement reads "Xu Weiming, general manager of the company,
// The company is insisting ..."; "the company" is the shipbuilder named just before.
MATCH (a:Entity {id: 'person:xu-weiming'})
MATCH (b:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'general manager'
WITH r, [
  ['004_259afd6deae00c3b', 'Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd., which won the Mayor\'s Quality Award, is a modern large-scale shipbuilding enterprise'],
  ['004_259afd6deae00c3b', 'Xu Weiming, general manager of the company']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:high-performance-ocean-going-ships'})
MERGE (a)-[r:MANUFACTURES]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'is a modern large-scale shipbuilding enterprise, mainly focusing on the construction of high-performance ocean-going ships']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:steel-plate-comprehensive-printing-production-line'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'completed and commissioned'
WITH r, [
  ['004_259afd6deae00c3b', 'Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation'],
  ['004_259afd6deae00c3b', 'With the completion and commissioning of 20 automatic and intelligent production lines, such as steel plate comprehensive printing production line and welding robot production line, greatly improve production efficiency']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:welding-robot-production-line'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'completed and commissioned'
WITH r, [
  ['004_259afd6deae00c3b', 'Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation'],
  ['004_259afd6deae00c3b', 'With the completion and commissioning of 20 automatic and intelligent production lines, such as steel plate comprehensive printing production line and welding robot production line, greatly improve production efficiency']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:green-ships'})
MERGE (a)-[r:DEVELOPS]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation'],
  ['004_259afd6deae00c3b', 'promoting the research and development of green ships']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'cluster:dalian-high-end-marine-equipment-manufacturing-industry'})
MERGE (a)-[r:CONTRIBUTES_TO]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'continuing to maintain the leading position in the industry, and helping Dalian to build a new highland of high-end marine equipment manufacturing industry']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:dalian-high-end-marine-equipment-manufacturing-industry'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['004_259afd6deae00c3b', 'helping Dalian to build a new highland of high-end marine equipment manufacturing industry']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Danai Pump Industry
MATCH (a:Entity {id: 'person:ci-yuanxin'})
MATCH (b:Entity {id: 'enterprise:danai-pump-industry'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'general manager'
WITH r, [
  ['004_259afd6deae00c3b', 'Ci Yuanxin, general manager of Danai Pump Industry Co., Ltd.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'project:chemical-process-pumps-and-corrosion-resistant-pumps'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r.achievement = 'the birthplace of China\'s national chemical process pumps and corrosion-resistant pump products'
WITH r, [
  ['004_259afd6deae00c3b', 'As the birthplace of China\'s national chemical process pumps and corrosion-resistant pump products, it is still a leading enterprise in China\'s industry']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'project:pump-standards-in-china'})
MERGE (a)-[r:FORMULATED_STANDARD]->(b)
SET r.role = 'one of the formulation units'
WITH r, [
  ['004_259afd6deae00c3b', 'it is still a leading enterprise in China\'s industry and one of the formulation units of pump standards in China.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-enterprises:2022'})
SET i.name = 'enterprises that have won the Mayor\'s Quality Award or its Nomination Award',
    i.label = '35 enterprises have won the Mayor\'s Quality Award and Nomination Award (to date)',
    i.value = 35.0, i.unit = 'enterprises', i.year = 2022, i.period = 'cumulative, at present'
WITH i, [
  ['004_259afd6deae00c3b', 'According to the 8th Dalian Mayor Quality Awards Conference on August 2nd, at present, 35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-enterprises-this-year:2022'})
SET i.name = 'award-winning enterprises this year', i.label = '8 award-winning enterprises in 2022 (3 awarded, 5 nominated)',
    i.value = 8.0, i.unit = 'enterprises', i.year = 2022
WITH i, [
  ['004_259afd6deae00c3b', '2022-08-04 13:48'],
  ['004_259afd6deae00c3b', 'including the 8 award-winning enterprises in this year']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-incentive-funds:2022'})
SET i.name = 'incentive funds distributed', i.label = '41 million yuan of incentive funds distributed in total',
    i.value = 41000000.0, i.unit = 'yuan', i.year = 2022, i.period = 'cumulative, at present'
WITH i, [
  ['004_259afd6deae00c3b', 'have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian:governors-quality-award-enterprises:2022'})
SET i.name = 'enterprises that have won the Governor\'s Quality Award',
    i.label = '18 (sub-) enterprises have won the Governor\'s Quality Award',
    i.value = 18.0, i.unit = 'enterprises (incl. sub-enterprises)', i.year = 2022, i.period = 'cumulative, at present'
WITH i, [
  ['004_259afd6deae00c3b', '18 (sub-) enterprises have won the Governor\'s Quality Award']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:governors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian:government-quality-award-participants'})
SET i.name = 'enterprises that have participated in the Government Quality Award',
    i.label = 'more than 500 enterprises have participated since 2011',
    i.value = 500.0, i.unit = 'enterprises', i.qualifier = 'more than', i.period = 'since 2011'
WITH i, [
  ['004_259afd6deae00c3b', 'Since the establishment of the Government Quality Award in our city in 2011, more than 500 enterprises have participated.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:government-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-cosco-shipping-kawasaki-shipbuilding-engineering:annual-shipbuilding-capacity'})
SET i.name = 'annual shipbuilding capacity', i.label = 'annual shipbuilding capacity of 2.4 million deadweight tons',
    i.value = 2400000.0, i.unit = 'deadweight tons per year'
WITH i, [
  ['004_259afd6deae00c3b', 'with an annual shipbuilding capacity of 2.4 million deadweight tons']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-cosco-shipping-kawasaki-shipbuilding-engineering:automatic-and-intelligent-production-lines'})
SET i.name = 'automatic and intelligent production lines', i.label = '20 automatic and intelligent production lines completed and commissioned',
    i.value = 20.0, i.unit = 'production lines'
WITH i, [
  ['004_259afd6deae00c3b', 'With the completion and commissioning of 20 automatic and intelligent production lines']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:danai-pump-industry:founding-year:1953'})
SET i.name = 'founding year', i.label = 'founded in 1953',
    i.value = 1953.0, i.unit = 'year', i.year = 1953
WITH i, [
  ['004_259afd6deae00c3b', 'said that the company was founded in 1953']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'enterprise:danai-pump-industry'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
