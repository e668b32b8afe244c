// Facts of article 003_b398dfc9fbd39d76, "Shenyang Economic and Technological Development
// Zone Accelerates Construction of Internationalized Industrial Ecosystem" (press
// conference of 20 June 2024): the Shenyang zone's international platform and committee,
// Dalian Puwan's 2023 growth and alliance members, Chaoyang Jianping's "one zone, three
// parks", and the Liaobin zone's university collaboration and figures.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).
// The article uses no-break spaces (U+00A0) in places; quotes write them as \u00A0.
// Sentences whose subject is "It" or "the area" cite the sentence that names it too.
// The Dalian Institute of Chemical Physics and Dalian University of Technology are the
// same nodes as in article 001 (aliases in 12_universities.cypher).
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: '003_b398dfc9fbd39d76'})
UNWIND [
  'organization:information-office-of-liaoning-provincial-peoples-government',
  'organization:liaoning-provincial-peoples-government', 'place:liaoning',
  'project:promoting-high-quality-development-of-enterprises',
  'project:fifth-press-conference-promoting-high-quality-development-of-enterprises',
  'zone:shenyang-economic-and-technological-development-zone',
  'zone:liaobin-coastal-economic-and-technological-development-zone', 'place:panjin',
  'award:national-level-platform-for-opening-up-to-the-outside-world',
  'organization:china-germany-shenyang-high-end-equipment-manufacturing-innovation-committee',
  'place:china', 'place:germany', 'place:shenyang',
  'project:german-enterprises-trip-in-shenyang', 'project:shenyang-tiexi-business-day-in-germany',
  'zone:dalian-puwan-economic-zone', 'place:dalian',
  'award:high-tech-enterprise', 'award:gazelle-enterprise', 'award:young-eagle-enterprise',
  'award:technology-oriented-small-and-medium-sized-enterprise',
  'enterprise:allychem', 'enterprise:dalian-sanhuan-composite-material-technology-development',
  'organization:provincial-level-industry-university-research-alliances',
  'zone:chaoyang-jianping-economic-development-zone', 'place:chaoyang', 'project:one-zone-three-parks',
  'zone:jianping-new-materials-industry-zone', 'zone:jianping-equipment-manufacturing-zone',
  'zone:jianping-agricultural-product-processing-park', 'zone:jianping-new-energy-industry-park',
  'project:liaobin-whole-process-incubation-services',
  'university:dalian-university-of-technology', 'university:tianjin-university',
  'university:dalian-institute-of-chemical-physics'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- the press conference
MATCH (a:Entity {id: 'organization:information-office-of-liaoning-provincial-peoples-government'})
MATCH (b:Entity {id: 'project:fifth-press-conference-promoting-high-quality-development-of-enterprises'})
MERGE (a)-[r:HOLDS]->(b)
SET r.date = '2024-06-20'
WITH r, [
  ['003_b398dfc9fbd39d76', 'On June 20, the Information Office of Liaoning Provincial People’s Government held the fifth press conference of the series titled “Promoting High-Quality Development of Enterprises”']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:fifth-press-conference-promoting-high-quality-development-of-enterprises'})
MATCH (b:Entity {id: 'project:promoting-high-quality-development-of-enterprises'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'the fifth press conference of the series titled “Promoting High-Quality Development of Enterprises”']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'organization:information-office-of-liaoning-provincial-peoples-government'})
MATCH (b:Entity {id: 'organization:liaoning-provincial-peoples-government'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'the Information Office of Liaoning Provincial People’s Government']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'organization:liaoning-provincial-peoples-government'})
MATCH (b:Entity {id: 'place:liaoning'})
MERGE (a)-[r:GOVERNS]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'Liaoning Provincial People’s Government']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:fifth-press-conference-promoting-high-quality-development-of-enterprises'})
MATCH (b:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MERGE (a)-[r:COVERS]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'presenting an overview of the measures taken to ensure and promote the high-quality development of enterprises in the Shenyang Economic and Technological Development\u00A0Zone and the Liaobin Coastal Economic and Technological Development Zone of Panjin.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:fifth-press-conference-promoting-high-quality-development-of-enterprises'})
MATCH (b:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MERGE (a)-[r:COVERS]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'presenting an overview of the measures taken to ensure and promote the high-quality development of enterprises in the Shenyang Economic and Technological Development\u00A0Zone and the Liaobin Coastal Economic and Technological Development Zone of Panjin.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'place:panjin'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'the Liaobin Coastal Economic and Technological Development Zone of Panjin']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Shenyang Economic and Technological Development Zone
MATCH (a:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'award:national-level-platform-for-opening-up-to-the-outside-world'})
// No year stated: the one RECEIVED of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'AWARDED'
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Shenyang Economic and Technological Development Zone\u00A0has been established as a national-level platform for opening up to the outside world.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'organization:china-germany-shenyang-high-end-equipment-manufacturing-innovation-committee'})
MERGE (a)-[r:ESTABLISHED]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Shenyang Economic and Technological Development Zone\u00A0has been established as a national-level platform for opening up to the outside world.'],
  ['003_b398dfc9fbd39d76', 'It has formed the China-Germany\u00A0(Shenyang) High-end Equipment Manufacturing Innovation Committee, which provides an international exchange platform for enterprises.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'project:german-enterprises-trip-in-shenyang'})
MERGE (a)-[r:HOLDS]->(b)
SET r.regular = true
WITH r, [
  ['003_b398dfc9fbd39d76', 'Over 100 economic and trade exchange\u00A0activities, such as “German Enterprises’\u00A0Trip in Shenyang”\u00A0and “Shenyang Tiexi Business Day\u00A0in Germany”, have been held on a regular basis, promoting enterprises’\u00A0exploration of international markets.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'project:shenyang-tiexi-business-day-in-germany'})
MERGE (a)-[r:HOLDS]->(b)
SET r.regular = true
WITH r, [
  ['003_b398dfc9fbd39d76', 'Over 100 economic and trade exchange\u00A0activities, such as “German Enterprises’\u00A0Trip in Shenyang”\u00A0and “Shenyang Tiexi Business Day\u00A0in Germany”, have been held on a regular basis, promoting enterprises’\u00A0exploration of international markets.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:german-enterprises-trip-in-shenyang'})
MATCH (b:Entity {id: 'place:shenyang'})
MERGE (a)-[r:HELD_IN]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', '“German Enterprises’\u00A0Trip in Shenyang”']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:shenyang-tiexi-business-day-in-germany'})
MATCH (b:Entity {id: 'place:germany'})
MERGE (a)-[r:HELD_IN]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', '“Shenyang Tiexi Business Day\u00A0in Germany”']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Dalian Puwan Economic Zone
MATCH (a:Entity {id: 'enterprise:allychem'})
MATCH (b:Entity {id: 'organization:provincial-level-industry-university-research-alliances'})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'Four companies, including Allychem Co., Ltd. and Dalian Sanhuan Composite Material Technology Development Co., Ltd., have been recognized as\u00A0members of provincial-level industry-university-research alliances.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-sanhuan-composite-material-technology-development'})
MATCH (b:Entity {id: 'organization:provincial-level-industry-university-research-alliances'})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'Four companies, including Allychem Co., Ltd. and Dalian Sanhuan Composite Material Technology Development Co., Ltd., have been recognized as\u00A0members of provincial-level industry-university-research alliances.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:allychem'})
MATCH (b:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'Four companies, including Allychem Co., Ltd. and Dalian Sanhuan Composite Material Technology Development Co., Ltd., have been recognized as\u00A0members of provincial-level industry-university-research alliances.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:dalian-sanhuan-composite-material-technology-development'})
MATCH (b:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'Four companies, including Allychem Co., Ltd. and Dalian Sanhuan Composite Material Technology Development Co., Ltd., have been recognized as\u00A0members of provincial-level industry-university-research alliances.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Chaoyang Jianping Economic Development Zone
MATCH (a:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MATCH (b:Entity {id: 'project:one-zone-three-parks'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'Following the development pattern of “one zone, three parks”, it has created four major sectors']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:jianping-new-materials-industry-zone'})
MATCH (b:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'it has created four major sectors: the new materials industry zone, the equipment manufacturing zone, the agricultural product processing park, and the new energy industry park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:jianping-equipment-manufacturing-zone'})
MATCH (b:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'it has created four major sectors: the new materials industry zone, the equipment manufacturing zone, the agricultural product processing park, and the new energy industry park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:jianping-agricultural-product-processing-park'})
MATCH (b:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'it has created four major sectors: the new materials industry zone, the equipment manufacturing zone, the agricultural product processing park, and the new energy industry park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:jianping-new-energy-industry-park'})
MATCH (b:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'it has created four major sectors: the new materials industry zone, the equipment manufacturing zone, the agricultural product processing park, and the new energy industry park.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- Liaobin Coastal Economic and Technological Development Zone
MATCH (a:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'university:dalian-university-of-technology'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['collaboration of local enterprises organized by the zone (one-to-one on technical challenges)'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = 'local enterprises'
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Liaobin Coastal Economic and Technological Development Zone of Panjin has further pooled the efforts of enterprises, universities,\u00A0and research institutes.'],
  ['003_b398dfc9fbd39d76', 'It has organized local enterprises to collaborate with universities and research institutes such as Dalian University of Technology, Tianjin University, and Dalian Institute of Chemical Physics, addressing technical challenges\u00A0that hinder enterprise development\u00A0on a one-to-one basis.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'university:tianjin-university'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['collaboration of local enterprises organized by the zone (one-to-one on technical challenges)'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = 'local enterprises'
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Liaobin Coastal Economic and Technological Development Zone of Panjin has further pooled the efforts of enterprises, universities,\u00A0and research institutes.'],
  ['003_b398dfc9fbd39d76', 'It has organized local enterprises to collaborate with universities and research institutes such as Dalian University of Technology, Tianjin University, and Dalian Institute of Chemical Physics, addressing technical challenges\u00A0that hinder enterprise development\u00A0on a one-to-one basis.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'university:dalian-institute-of-chemical-physics'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = coalesce(r.via, []) + [v IN ['collaboration of local enterprises organized by the zone (one-to-one on technical challenges)'] WHERE NOT v IN coalesce(r.via, [])],
    r.partners = 'local enterprises'
WITH r, [
  ['003_b398dfc9fbd39d76', 'The Liaobin Coastal Economic and Technological Development Zone of Panjin has further pooled the efforts of enterprises, universities,\u00A0and research institutes.'],
  ['003_b398dfc9fbd39d76', 'It has organized local enterprises to collaborate with universities and research institutes such as Dalian University of Technology, Tianjin University, and Dalian Institute of Chemical Physics, addressing technical challenges\u00A0that hinder enterprise development\u00A0on a one-to-one basis.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MATCH (b:Entity {id: 'project:liaobin-whole-process-incubation-services'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
WITH r, [
  ['003_b398dfc9fbd39d76', 'providing enterprises with whole-process incubation services, including research and development, small-scale experimentation, pilot testing, and industrialization.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:shenyang-economic-and-technological-development-zone:economic-and-trade-exchange-activities'})
SET i.name = 'economic and trade exchange activities', i.label = 'over 100 economic and trade exchange activities held on a regular basis',
    i.value = 100.0, i.unit = 'activities', i.qualifier = 'over'
WITH i, [
  ['003_b398dfc9fbd39d76', 'Over 100 economic and trade exchange\u00A0activities, such as “German Enterprises’\u00A0Trip in Shenyang”\u00A0and “Shenyang Tiexi Business Day\u00A0in Germany”, have been held on a regular basis']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:shenyang-economic-and-technological-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-puwan-economic-zone:high-tech-enterprises-growth:2023'})
SET i.name = 'high-tech enterprises growth', i.label = 'high-tech enterprises up 23.7% in 2023',
    i.value = 23.7, i.unit = '%', i.year = 2023, i.change = '+23.7%'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'In 2023, the area witnessed growth in high-tech enterprises, gazelle enterprises, young eagle enterprises, and technology-oriented small and medium-sized enterprises, with increases of 23.7%, 116.7%, 27.3%, and 35%, respectively.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-puwan-economic-zone'})
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

MERGE (i:Indicator {id: 'indicator:dalian-puwan-economic-zone:gazelle-enterprises-growth:2023'})
SET i.name = 'gazelle enterprises growth', i.label = 'gazelle enterprises up 116.7% in 2023',
    i.value = 116.7, i.unit = '%', i.year = 2023, i.change = '+116.7%'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'In 2023, the area witnessed growth in high-tech enterprises, gazelle enterprises, young eagle enterprises, and technology-oriented small and medium-sized enterprises, with increases of 23.7%, 116.7%, 27.3%, and 35%, respectively.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:gazelle-enterprise'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-puwan-economic-zone:young-eagle-enterprises-growth:2023'})
SET i.name = 'young eagle enterprises growth', i.label = 'young eagle enterprises up 27.3% in 2023',
    i.value = 27.3, i.unit = '%', i.year = 2023, i.change = '+27.3%'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'In 2023, the area witnessed growth in high-tech enterprises, gazelle enterprises, young eagle enterprises, and technology-oriented small and medium-sized enterprises, with increases of 23.7%, 116.7%, 27.3%, and 35%, respectively.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:young-eagle-enterprise'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-puwan-economic-zone:technology-oriented-smes-growth:2023'})
SET i.name = 'technology-oriented small and medium-sized enterprises growth',
    i.label = 'technology-oriented small and medium-sized enterprises up 35% in 2023',
    i.value = 35.0, i.unit = '%', i.year = 2023, i.change = '+35%'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'In 2023, the area witnessed growth in high-tech enterprises, gazelle enterprises, young eagle enterprises, and technology-oriented small and medium-sized enterprises, with increases of 23.7%, 116.7%, 27.3%, and 35%, respectively.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'award:technology-oriented-small-and-medium-sized-enterprise'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:dalian-puwan-economic-zone:companies-in-provincial-industry-university-research-alliances'})
SET i.name = 'companies recognized as members of provincial-level industry-university-research alliances',
    i.label = '4 companies recognized as members of provincial-level industry-university-research alliances',
    i.value = 4.0, i.unit = 'companies'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces.'],
  ['003_b398dfc9fbd39d76', 'Four companies, including Allychem Co., Ltd. and Dalian Sanhuan Composite Material Technology Development Co., Ltd., have been recognized as\u00A0members of provincial-level industry-university-research alliances.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:dalian-puwan-economic-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (a:Entity {id: 'organization:provincial-level-industry-university-research-alliances'})
MERGE (i)-[m:MEASURES]->(a)
WITH i, pairs, m, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(m.sources, [])) - 1) | [m.sources[k], m.evidence[k]]]] AS added
SET m.sources = coalesce(m.sources, []) + [p IN added | p[0]],
    m.evidence = coalesce(m.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:chaoyang-jianping-economic-development-zone:major-sectors'})
SET i.name = 'major sectors', i.label = 'four major sectors created',
    i.value = 4.0, i.unit = 'sectors'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Chaoyang Jianping Economic Development Zone has adopted a broad vision for regional development.'],
  ['003_b398dfc9fbd39d76', 'it has created four major sectors']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:chaoyang-jianping-economic-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:liaobin-coastal-economic-and-technological-development-zone:technology-contracts-signed'})
SET i.name = 'technology contracts signed', i.label = 'five technology contracts signed',
    i.value = 5.0, i.unit = 'contracts'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Liaobin Coastal Economic and Technological Development Zone of Panjin has further pooled the efforts of enterprises, universities,\u00A0and research institutes.'],
  ['003_b398dfc9fbd39d76', 'Five technology contracts have been signed']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:liaobin-coastal-economic-and-technological-development-zone:research-and-development-investment'})
SET i.name = 'research and development investment completed', i.label = 'R&D investment of 110 million yuan completed',
    i.value = 110000000.0, i.unit = 'yuan'
WITH i, [
  ['003_b398dfc9fbd39d76', 'The Liaobin Coastal Economic and Technological Development Zone of Panjin has further pooled the efforts of enterprises, universities,\u00A0and research institutes.'],
  ['003_b398dfc9fbd39d76', 'a research and development investment of 110 million yuan has been completed']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
