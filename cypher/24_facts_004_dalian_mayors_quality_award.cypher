// Facts of article 004_259afd6deae00c3b, '"Quality Award Cluster" of Dalian has Taken
// Initial Shape' (2022-08-04): the 8th Mayor's Quality Award winners and nominees of
// 2022, the quality award cluster and its figures, the bodies behind the awards, and
// what two award enterprises and their general managers say about them.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).
// Year 2022 of this year's awards: the article is dated "2022-08-04 13:48" and speaks of
// "the 8 award-winning enterprises in this year"; award edges cite both.

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
SET r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['In the process of creating a "National Demonstration City with Strong Quality", our city has given full play to its leading and exemplary role',
                  'strive to make the golden signboard of "National Demonstration City with Strong Quality" richer in connotation and more effective'];

MATCH (a:Entity {id: 'place:dalian'})
MATCH (b:Entity {id: 'brand:made-in-dalian'})
MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['our city has given full play to its leading and exemplary role, and a number of outstanding enterprises have become the leaders of "Made in Dalian"'];

// ---------------------------------------------------------------- the awards and who stands behind them
MATCH (a:Entity {id: 'project:8th-dalian-mayor-quality-awards-conference'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:PRESENTS]->(b)
SET r.year = 2022, r.date = '2022-08-02',
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'According to the 8th Dalian Mayor Quality Awards Conference on August 2nd, at present, 35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award'];

MATCH (a:Entity {id: 'award:mayors-quality-award'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:CONFERRED_BY]->(b)
SET r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['the 8th Dalian Mayor Quality Awards Conference',
                  '35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed'];

MATCH (a:Entity {id: 'organization:dalian-municipal-market-supervision-bureau'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:ESTABLISHED]->(b)
SET r.role = 'leads the establishment',
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['The Municipal Market Supervision Bureau gives full play to the leading role in the work of strengthening the city with high quality, leads the establishment of the Mayor Quality Award'];

MATCH (a:Entity {id: 'organization:dalian-municipal-market-supervision-bureau'})
MATCH (b:Entity {id: 'award:government-quality-award'})
MERGE (a)-[r:USES]->(b)
SET r.as = 'an important starting point',
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['leads the establishment of the Mayor Quality Award, and takes the government Quality Award as an important starting point'];

MATCH (a:Entity {id: 'award:government-quality-award'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:CONFERRED_BY]->(b)
SET r.since = 2011,
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['Since the establishment of the Government Quality Award in our city in 2011'];

// ---------------------------------------------------------------- the quality award cluster
MATCH (a:Entity {id: 'cluster:dalian-quality-award-cluster'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['"Quality Award Cluster" of Dalian has Taken Initial Shape',
                  '35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed, and 18 (sub-) enterprises have won the Governor\'s Quality Award, initially forming a "quality award cluster"'];

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
SET r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed, and 18 (sub-) enterprises have won the Governor\'s Quality Award, initially forming a "quality award cluster"',
                  member[1]];

// ---------------------------------------------------------------- 2022 Mayor's Quality Award: winners
MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'AWARDED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd., which won the Mayor\'s Quality Award, is a modern large-scale shipbuilding enterprise',
                  'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:dalian-haosen-equipment-manufacturing'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'AWARDED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:hengli-petrochemical-dalian'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'AWARDED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The three enterprises that won the Mayor\'s Quality Award are Dalian Haosen Equipment Manufacturing Co., Ltd., Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd. and Hengli Petrochemical (Dalian) Co., Ltd.'];

// ---------------------------------------------------------------- 2022 Mayor's Quality Award: nominees
MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'NOMINATED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'Ci Yuanxin, general manager of Danai Pump Industry Co., Ltd., who won the nomination of this mayor\'s quality award',
                  'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:dalian-rubber-and-plastic-machinery'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'NOMINATED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:dalian-metro-group'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'NOMINATED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:dalian-north-transformer-group'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'NOMINATED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:dalian-jinhui-rongzhi-technology'})
MATCH (b:Entity {id: 'award:mayors-quality-award'})
MERGE (a)-[r:RECEIVED]->(b)
SET r.status = 'NOMINATED', r.year = 2022,
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['2022-08-04 13:48',
                  'including the 8 award-winning enterprises in this year',
                  'The five enterprises that won the nomination award of this Mayor\'s Quality Award are Dalian Rubber and Plastic Machinery Co., Ltd., Dalian Metro Group Co., Ltd., Danai Pump Industry Co., Ltd., Dalian North Transformer Group Co., Ltd. and Dalian Jinhui Rongzhi Technology Co., Ltd.'];

// ---------------------------------------------------------------- Dalian COSCO Shipping Kawasaki Shipbuilding Engineering
// Its general manager's statement reads "Xu Weiming, general manager of the company,
// The company is insisting ..."; "the company" is the shipbuilder named just before.
MATCH (a:Entity {id: 'person:xu-weiming'})
MATCH (b:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'general manager',
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd., which won the Mayor\'s Quality Award, is a modern large-scale shipbuilding enterprise',
                  'Xu Weiming, general manager of the company'];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:high-performance-ocean-going-ships'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['is a modern large-scale shipbuilding enterprise, mainly focusing on the construction of high-performance ocean-going ships'];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:steel-plate-comprehensive-printing-production-line'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.status = 'completed and commissioned',
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation',
                  'With the completion and commissioning of 20 automatic and intelligent production lines, such as steel plate comprehensive printing production line and welding robot production line, greatly improve production efficiency'];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:welding-robot-production-line'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.status = 'completed and commissioned',
    r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation',
                  'With the completion and commissioning of 20 automatic and intelligent production lines, such as steel plate comprehensive printing production line and welding robot production line, greatly improve production efficiency'];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'project:green-ships'})
MERGE (a)-[r:DEVELOPS]->(b)
SET r.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    r.evidence = ['Xu Weiming, general manager of the company, The company is insisting on scientific and technological innovation',
                  'promoting the research and development of green ships'];

MATCH (a:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MATCH (b:Entity {id: 'cluster:dalian-high-end-marine-equipment-manufacturing-industry'})
MERGE (a)-[r:CONTRIBUTES_TO]->(b)
SET r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['continuing to maintain the leading position in the industry, and helping Dalian to build a new highland of high-end marine equipment manufacturing industry'];

MATCH (a:Entity {id: 'cluster:dalian-high-end-marine-equipment-manufacturing-industry'})
MATCH (b:Entity {id: 'place:dalian'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['helping Dalian to build a new highland of high-end marine equipment manufacturing industry'];

// ---------------------------------------------------------------- Danai Pump Industry
MATCH (a:Entity {id: 'person:ci-yuanxin'})
MATCH (b:Entity {id: 'enterprise:danai-pump-industry'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'general manager',
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['Ci Yuanxin, general manager of Danai Pump Industry Co., Ltd.'];

MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'project:chemical-process-pumps-and-corrosion-resistant-pumps'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r.achievement = 'the birthplace of China\'s national chemical process pumps and corrosion-resistant pump products',
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['As the birthplace of China\'s national chemical process pumps and corrosion-resistant pump products, it is still a leading enterprise in China\'s industry'];

MATCH (a:Entity {id: 'enterprise:danai-pump-industry'})
MATCH (b:Entity {id: 'project:pump-standards-in-china'})
MERGE (a)-[r:FORMULATED_STANDARD]->(b)
SET r.role = 'one of the formulation units',
    r.sources = ['004_259afd6deae00c3b'],
    r.evidence = ['it is still a leading enterprise in China\'s industry and one of the formulation units of pump standards in China.'];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-enterprises:2022'})
SET i.name = 'enterprises that have won the Mayor\'s Quality Award or its Nomination Award',
    i.label = '35 enterprises have won the Mayor\'s Quality Award and Nomination Award (to date)',
    i.value = 35.0, i.unit = 'enterprises', i.year = 2022, i.period = 'cumulative, at present',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['According to the 8th Dalian Mayor Quality Awards Conference on August 2nd, at present, 35 enterprises in our city, including the 8 award-winning enterprises in this year, have won the Mayor\'s Quality Award and Nomination Award']
WITH i
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-enterprises-this-year:2022'})
SET i.name = 'award-winning enterprises this year', i.label = '8 award-winning enterprises in 2022 (3 awarded, 5 nominated)',
    i.value = 8.0, i.unit = 'enterprises', i.year = 2022,
    i.sources = ['004_259afd6deae00c3b', '004_259afd6deae00c3b'],
    i.evidence = ['2022-08-04 13:48', 'including the 8 award-winning enterprises in this year']
WITH i
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian:mayors-quality-award-incentive-funds:2022'})
SET i.name = 'incentive funds distributed', i.label = '41 million yuan of incentive funds distributed in total',
    i.value = 41000000.0, i.unit = 'yuan', i.year = 2022, i.period = 'cumulative, at present',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['have won the Mayor\'s Quality Award and Nomination Award, with a total of 41 million yuan of incentive funds distributed']
WITH i
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:mayors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian:governors-quality-award-enterprises:2022'})
SET i.name = 'enterprises that have won the Governor\'s Quality Award',
    i.label = '18 (sub-) enterprises have won the Governor\'s Quality Award',
    i.value = 18.0, i.unit = 'enterprises (incl. sub-enterprises)', i.year = 2022, i.period = 'cumulative, at present',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['18 (sub-) enterprises have won the Governor\'s Quality Award']
WITH i
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:governors-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian:government-quality-award-participants'})
SET i.name = 'enterprises that have participated in the Government Quality Award',
    i.label = 'more than 500 enterprises have participated since 2011',
    i.value = 500.0, i.unit = 'enterprises', i.qualifier = 'more than', i.period = 'since 2011',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['Since the establishment of the Government Quality Award in our city in 2011, more than 500 enterprises have participated.']
WITH i
MATCH (s:Entity {id: 'place:dalian'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:government-quality-award'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian-cosco-shipping-kawasaki-shipbuilding-engineering:annual-shipbuilding-capacity'})
SET i.name = 'annual shipbuilding capacity', i.label = 'annual shipbuilding capacity of 2.4 million deadweight tons',
    i.value = 2400000.0, i.unit = 'deadweight tons per year',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['with an annual shipbuilding capacity of 2.4 million deadweight tons']
WITH i
MATCH (s:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian-cosco-shipping-kawasaki-shipbuilding-engineering:automatic-and-intelligent-production-lines'})
SET i.name = 'automatic and intelligent production lines', i.label = '20 automatic and intelligent production lines completed and commissioned',
    i.value = 20.0, i.unit = 'production lines',
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['With the completion and commissioning of 20 automatic and intelligent production lines']
WITH i
MATCH (s:Entity {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:danai-pump-industry:founding-year:1953'})
SET i.name = 'founding year', i.label = 'founded in 1953',
    i.value = 1953.0, i.unit = 'year', i.year = 1953,
    i.sources = ['004_259afd6deae00c3b'],
    i.evidence = ['said that the company was founded in 1953']
WITH i
MATCH (s:Entity {id: 'enterprise:danai-pump-industry'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;
