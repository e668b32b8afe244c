// Enterprises and enterprise groups, with the founding year and description where an
// article states them.
// Named in: 000 (COSCO Shipbuilding Industry Company, Dalian Qiche, Dalian Huayang,
// Dalian DHI·DCW, Dalian Huanyou, Jilin Aodong), 001 (Dalian Haibao Fishery), 002 (NACKS,
// CRRC Dalian R&D, Huarui Heavy Industry), 003 (Allychem, Dalian Sanhuan), 004 (the eight
// Mayor's Quality Award enterprises).
//
// Three shipbuilders look alike and are kept apart on purpose: no article says any two
// of them are the same company (see each `note`).

MERGE (n:Enterprise {id: 'enterprise:cosco-shipbuilding-industry-company'})
SET n:Entity, n.name = 'COSCO Shipbuilding Industry Company',
    n.aliases = ['COSCO Shipbuilding Industry Company'],
    n.description = 'well-known large enterprise Lushunkou District relied on for its regional brand; manufactured the 300,000-ton VLCC',
    n.note = 'Article 000 names it twice as "COSCO Shipbuilding Industry Company" ("The 300, 000-ton VLCC manufactured by COSCO Shipbuilding Industry Company"). Not merged with "Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd." (article 004) nor with "NACKS" (article 002): no article says they are the same company.';

MERGE (n:Enterprise {id: 'enterprise:dalian-qiche-railway-transportation-equipment'})
SET n:Entity, n.name = 'Dalian Qiche Railway Transportation Equipment Limited Liability Company',
    n.aliases = ['Dalian Qiche Railway Transportation Equipment Limited Liability Company'],
    n.description = 'manufacturer of special vehicles that have occupied the Australian market';

MERGE (n:Enterprise {id: 'enterprise:dalian-huayang-chemical-fiber-technology'})
SET n:Entity, n.name = 'Dalian Huayang Chemical Fiber Technology Co. Ltd.',
    n.aliases = ['Dalian Huayang Chemical Fiber Technology Co. Ltd.'],
    n.description = 'formulated the national standard of technical textiles';

MERGE (n:Enterprise {id: 'enterprise:dalian-dhi-dcw-group'})
SET n:Entity, n.name = 'Dalian DHI·DCW Group Ltd.',
    n.aliases = ['Dalian DHI·DCW Group Ltd.'],
    n.description = 'well-known large enterprise Lushunkou District relied on for its regional brand';

MERGE (n:Enterprise {id: 'enterprise:dalian-huanyou-shield-pump'})
SET n:Entity, n.name = 'Dalian Huanyou Shield Pump Co. Ltd.',
    n.aliases = ['Dalian Huanyou Shield Pump Co. Ltd.'],
    n.description = 'owner of the "Huanyou" trademark (well-known provincial trademark)';

MERGE (n:Enterprise {id: 'enterprise:jilin-aodong-pharmaceutical-group'})
SET n:Entity, n.name = 'Jilin Aodong Pharmaceutical Group Co. Ltd.',
    n.aliases = ['Jilin Aodong Pharmaceutical Group Co. Ltd.'],
    n.description = 'owner of the "Aiaimi" trademark (well-known provincial trademark)';

MERGE (n:Enterprise {id: 'enterprise:dalian-haibao-fishery'})
SET n:Entity, n.name = 'Dalian Haibao Fishery Co. Ltd.',
    n.aliases = ['Dalian Haibao Fishery Co. Ltd.'],
    n.description = 'works on marine ranching in the Modern Maritime Industrial Park';

MERGE (n:Enterprise {id: 'enterprise:nacks'})
SET n:Entity, n.name = 'NACKS', n.aliases = ['NACKS'],
    n.description = 'enterprise of Lushun Development Zone whose industrial output value exceeded RMB 100 million',
    n.note = 'Article 002 names it only by the abbreviation "NACKS" ("19 enterprises such as NACKS and CRRC Dalian R&D"), which no article expands. Not merged with "Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd." (004) nor "COSCO Shipbuilding Industry Company" (000).';

MERGE (n:Enterprise {id: 'enterprise:crrc-dalian-r-d'})
SET n:Entity, n.name = 'CRRC Dalian R&D', n.aliases = ['CRRC Dalian R&D'],
    n.description = 'enterprise of Lushun Development Zone; its rail transportation equipment laboratory was approved as a municipal engineering laboratory';

MERGE (n:Enterprise {id: 'enterprise:huarui-heavy-industry'})
SET n:Entity, n.name = 'Huarui Heavy Industry', n.aliases = ['Huarui Heavy Industry'],
    n.description = 'its special spare parts key laboratory was approved as a municipal key laboratory';

MERGE (n:Enterprise {id: 'enterprise:allychem'})
SET n:Entity, n.name = 'Allychem Co., Ltd.', n.aliases = ['Allychem Co., Ltd.'],
    n.description = 'recognized as a member of provincial-level industry-university-research alliances';

MERGE (n:Enterprise {id: 'enterprise:dalian-sanhuan-composite-material-technology-development'})
SET n:Entity, n.name = 'Dalian Sanhuan Composite Material Technology Development Co., Ltd.',
    n.aliases = ['Dalian Sanhuan Composite Material Technology Development Co., Ltd.'],
    n.description = 'recognized as a member of provincial-level industry-university-research alliances';

MERGE (n:Enterprise {id: 'enterprise:dalian-cosco-shipping-kawasaki-shipbuilding-engineering'})
SET n:Entity, n.name = 'Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd.',
    n.aliases = ['Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd.'],
    n.description = 'a modern large-scale shipbuilding enterprise, mainly focusing on the construction of high-performance ocean-going ships',
    n.note = 'Article 004 only. Not merged with "COSCO Shipbuilding Industry Company" (000) nor "NACKS" (002): no article links the names.';

MERGE (n:Enterprise {id: 'enterprise:danai-pump-industry'})
SET n:Entity, n.name = 'Danai Pump Industry Co., Ltd.', n.aliases = ['Danai Pump Industry Co., Ltd.'],
    n.founded = 1953,
    n.description = 'the birthplace of China\'s national chemical process pumps and corrosion-resistant pump products; a leading enterprise in China\'s industry and one of the formulation units of pump standards in China';

MERGE (n:Enterprise {id: 'enterprise:dalian-haosen-equipment-manufacturing'})
SET n:Entity, n.name = 'Dalian Haosen Equipment Manufacturing Co., Ltd.',
    n.aliases = ['Dalian Haosen Equipment Manufacturing Co., Ltd.'];

MERGE (n:Enterprise {id: 'enterprise:hengli-petrochemical-dalian'})
SET n:Entity, n.name = 'Hengli Petrochemical (Dalian) Co., Ltd.',
    n.aliases = ['Hengli Petrochemical (Dalian) Co., Ltd.'];

MERGE (n:Enterprise {id: 'enterprise:dalian-rubber-and-plastic-machinery'})
SET n:Entity, n.name = 'Dalian Rubber and Plastic Machinery Co., Ltd.',
    n.aliases = ['Dalian Rubber and Plastic Machinery Co., Ltd.'];

MERGE (n:Enterprise {id: 'enterprise:dalian-metro-group'})
SET n:Entity, n.name = 'Dalian Metro Group Co., Ltd.', n.aliases = ['Dalian Metro Group Co., Ltd.'];

MERGE (n:Enterprise {id: 'enterprise:dalian-north-transformer-group'})
SET n:Entity, n.name = 'Dalian North Transformer Group Co., Ltd.',
    n.aliases = ['Dalian North Transformer Group Co., Ltd.'];

MERGE (n:Enterprise {id: 'enterprise:dalian-jinhui-rongzhi-technology'})
SET n:Entity, n.name = 'Dalian Jinhui Rongzhi Technology Co., Ltd.',
    n.aliases = ['Dalian Jinhui Rongzhi Technology Co., Ltd.'];
