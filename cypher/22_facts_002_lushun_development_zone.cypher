// Facts of article 002_f9541a57cbb08284, "Lushun Development Zone Persists in Innovation
// to Pursue Development and Benefit People" (2017): fiscal and output figures, its
// enterprises and leading industries, approved laboratories, and its education, medical
// and livelihood projects.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).
// The article uses no-break spaces (U+00A0) between many words; quotes write them as
// \u00A0 so they match the text exactly.
// Year 2017: the article opens "In 2017, Lushun Development Zone took innovation as its
// guideline" and reports that year; figures dated 2017 cite that sentence too.
// Self-contained (docs/model.md, "Article scripts"): every fact it states is MERGEd here
// and gets this document's (source, quote) pairs as a set-union; a re-run adds nothing.

// ---------------------------------------------------------------- mentions
MATCH (d:Document {id: '002_f9541a57cbb08284'})
UNWIND [
  'zone:lushun-development-zone', 'enterprise:nacks', 'enterprise:crrc-dalian-r-d',
  'project:big-locomotive-research-institute', 'zone:lushun-industrial-base',
  'cluster:lushun-development-zone-rail-transport-industry', 'cluster:lushun-development-zone-shipbuilding-industry',
  'university:crrc-dalian-r-d-rail-transportation-equipment-laboratory',
  'university:huarui-heavy-industry-special-spare-parts-key-laboratory', 'enterprise:huarui-heavy-industry',
  'award:municipal-engineering-laboratory', 'award:municipal-key-laboratory',
  'project:boyang-primary-school-upgrading-project', 'project:lushun-chinese-medicine-hospital-project',
  'project:livelihood-security-of-elders', 'project:second-reimbursement-for-peasants-hospitalization-fees'
] AS entityId
MATCH (e:Entity {id: entityId})
MERGE (d)-[:MENTIONS]->(e);

// ---------------------------------------------------------------- enterprises and industries
MATCH (a:Entity {id: 'enterprise:nacks'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'More than 40 industrial enterprises achieved RMB10.55 billion of total industrial output value, up 5.6%.'],
  ['002_f9541a57cbb08284', 'The industrial output value\u00A0of\u00A019 enterprises such as\u00A0NACKS\u00A0and CRRC Dalian R&D exceeded\u00A0RMB100 million.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:crrc-dalian-r-d'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'More than 40 industrial enterprises achieved RMB10.55 billion of total industrial output value, up 5.6%.'],
  ['002_f9541a57cbb08284', 'The industrial output value\u00A0of\u00A019 enterprises such as\u00A0NACKS\u00A0and CRRC Dalian R&D exceeded\u00A0RMB100 million.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:huarui-heavy-industry'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.inferred = true,
    r.note = 'implied: its laboratory is cited just before "The research institutions in the Development Zone have reached 18."'
WITH r, [
  ['002_f9541a57cbb08284', 'the special spare parts key\u00A0laboratory\u00A0of\u00A0Huarui Heavy Industry were approved as the municipal engineering laboratory\u00A0and municipal key laboratory.'],
  ['002_f9541a57cbb08284', 'The research institutions\u00A0in the Development Zone\u00A0have reached\u00A018.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-development-zone-rail-transport-industry'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'The accelerated agglomeration of four leading industries\u00A0such as\u00A0rail transport\u00A0and shipbuilding industry\u00A0provided a strong impetus to the high quality and efficient development of\u00A0economy.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'cluster:lushun-development-zone-shipbuilding-industry'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'The accelerated agglomeration of four leading industries\u00A0such as\u00A0rail transport\u00A0and shipbuilding industry\u00A0provided a strong impetus to the high quality and efficient development of\u00A0economy.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- laboratories
MATCH (a:Entity {id: 'enterprise:crrc-dalian-r-d'})
MATCH (b:Entity {id: 'university:crrc-dalian-r-d-rail-transportation-equipment-laboratory'})
MERGE (a)-[r:OPERATES]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'The rail transportation equipment laboratory\u00A0of CRRC Dalian R&D']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'enterprise:huarui-heavy-industry'})
MATCH (b:Entity {id: 'university:huarui-heavy-industry-special-spare-parts-key-laboratory'})
MERGE (a)-[r:OPERATES]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'the special spare parts key\u00A0laboratory\u00A0of\u00A0Huarui Heavy Industry']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'university:crrc-dalian-r-d-rail-transportation-equipment-laboratory'})
MATCH (b:Entity {id: 'award:municipal-engineering-laboratory'})
MERGE (a)-[r:RECEIVED {year: 2017}]->(b)
SET r.status = 'AWARDED'
WITH r, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The rail transportation equipment laboratory\u00A0of CRRC Dalian R&D and the special spare parts key\u00A0laboratory\u00A0of\u00A0Huarui Heavy Industry were approved as the municipal engineering laboratory\u00A0and municipal key laboratory.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'university:huarui-heavy-industry-special-spare-parts-key-laboratory'})
MATCH (b:Entity {id: 'award:municipal-key-laboratory'})
MERGE (a)-[r:RECEIVED {year: 2017}]->(b)
SET r.status = 'AWARDED'
WITH r, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The rail transportation equipment laboratory\u00A0of CRRC Dalian R&D and the special spare parts key\u00A0laboratory\u00A0of\u00A0Huarui Heavy Industry were approved as the municipal engineering laboratory\u00A0and municipal key laboratory.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- projects
MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'project:big-locomotive-research-institute'})
MERGE (a)-[r:IMPLEMENTS {year: 2017}]->(b)
SET r.status = 'completed and put into use'
WITH r, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', '12\u00A0projects such as\u00A0the \u00A0Big Locomotive Research Institute in Lushun Industrial Base have been completed and put into use.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'project:big-locomotive-research-institute'})
MATCH (b:Entity {id: 'zone:lushun-industrial-base'})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, [
  ['002_f9541a57cbb08284', 'Big Locomotive Research Institute in Lushun Industrial Base']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-industrial-base'})
MATCH (b:Entity {id: 'zone:lushun-development-zone'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: a project "in Lushun Industrial Base" is counted among the Development Zone\'s 12 completed projects'
WITH r, [
  ['002_f9541a57cbb08284', '12\u00A0projects such as\u00A0the \u00A0Big Locomotive Research Institute in Lushun Industrial Base have been completed and put into use.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'project:boyang-primary-school-upgrading-project'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'fully completed', r.inUseFrom = '2018-03'
WITH r, [
  ['002_f9541a57cbb08284', 'Boyang Primary School upgrading project\u00A0with\u00A0a\u00A0total investment of RMB 88 million\u00A0has been fully completed.'],
  ['002_f9541a57cbb08284', 'The school\u00A0will be put into use in March,\u00A02018, which means that the educational resources of Development Zone will be covered in the southern, central and northern region.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'project:lushun-chinese-medicine-hospital-project'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'will be completed and put into use', r.standard = 'tertiary hospital standards'
WITH r, [
  ['002_f9541a57cbb08284', 'Lushun Chinese Medicine Hospital project\u00A0with a total investment of RMB 200 million will be completed and put into use.'],
  ['002_f9541a57cbb08284', 'The medical conditions\u00A0and technical indicators of the hospital can reach tertiary hospital standards']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'project:livelihood-security-of-elders'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'fully implemented'
WITH r, [
  ['002_f9541a57cbb08284', 'It\u00A0fully implemented\u00A0the livelihood security of\u00A0elders\u00A0and the second reimbursement for peasants\' hospitalization fees.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MATCH (a:Entity {id: 'zone:lushun-development-zone'})
MATCH (b:Entity {id: 'project:second-reimbursement-for-peasants-hospitalization-fees'})
// No year stated: the one IMPLEMENTS of the two without a year, never a dated one.
OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:IMPLEMENTS]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL
SET r.status = 'fully implemented'
WITH r, [
  ['002_f9541a57cbb08284', 'It\u00A0fully implemented\u00A0the livelihood security of\u00A0elders\u00A0and the second reimbursement for peasants\' hospitalization fees.']
] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:lushun-development-zone:annual-fiscal-revenue:2017'})
SET i.name = 'annual fiscal revenue', i.label = 'annual fiscal revenue RMB 1.21 billion, up 16.6%',
    i.value = 1210000000.0, i.unit = 'yuan', i.year = 2017, i.change = '+16.6%'
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The annual fiscal revenue was RMB 1.21 billion, up 16.6%.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:total-industrial-output-value:2017'})
SET i.name = 'total industrial output value', i.label = 'total industrial output value RMB 10.55 billion, up 5.6%',
    i.value = 10550000000.0, i.unit = 'yuan', i.year = 2017, i.change = '+5.6%'
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'More than 40 industrial enterprises achieved RMB10.55 billion of total industrial output value, up 5.6%.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:industrial-enterprises:2017'})
SET i.name = 'industrial enterprises', i.label = 'more than 40 industrial enterprises',
    i.value = 40.0, i.unit = 'enterprises', i.year = 2017, i.qualifier = 'more than'
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'More than 40 industrial enterprises achieved RMB10.55 billion of total industrial output value']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:enterprises-with-output-value-over-rmb-100-million:2017'})
SET i.name = 'enterprises with industrial output value over RMB 100 million',
    i.label = '19 enterprises with industrial output value exceeding RMB 100 million',
    i.value = 19.0, i.unit = 'enterprises', i.year = 2017
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The industrial output value\u00A0of\u00A019 enterprises such as\u00A0NACKS\u00A0and CRRC Dalian R&D exceeded\u00A0RMB100 million.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:projects-completed-and-put-into-use:2017'})
SET i.name = 'projects completed and put into use', i.label = '12 projects completed and put into use',
    i.value = 12.0, i.unit = 'projects', i.year = 2017
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', '12\u00A0projects such as\u00A0the \u00A0Big Locomotive Research Institute in Lushun Industrial Base have been completed and put into use.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:leading-industries:2017'})
SET i.name = 'leading industries', i.label = 'four leading industries',
    i.value = 4.0, i.unit = 'industries', i.year = 2017
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The accelerated agglomeration of four leading industries\u00A0such as\u00A0rail transport\u00A0and shipbuilding industry']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:research-institutions:2017'})
SET i.name = 'research institutions', i.label = 'research institutions in the Development Zone have reached 18',
    i.value = 18.0, i.unit = 'institutions', i.year = 2017
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, Lushun Development Zone\u00A0took\u00A0innovation as its guideline.'],
  ['002_f9541a57cbb08284', 'The research institutions\u00A0in the Development Zone\u00A0have reached\u00A018.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-development-zone:funds-distributed-for-policies:2017'})
SET i.name = 'funds distributed for policies', i.label = 'about RMB 42 million of funds distributed for policies',
    i.value = 42000000.0, i.unit = 'yuan', i.year = 2017, i.qualifier = 'about'
WITH i, [
  ['002_f9541a57cbb08284', 'In 2017, the Development Zone have distributed\u00A0funds with a total of\u00A0about RMB 42 million\u00A0for polices.']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'zone:lushun-development-zone'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:boyang-primary-school-upgrading-project:total-investment'})
SET i.name = 'total investment', i.label = 'total investment of RMB 88 million',
    i.value = 88000000.0, i.unit = 'yuan'
WITH i, [
  ['002_f9541a57cbb08284', 'Boyang Primary School upgrading project\u00A0with\u00A0a\u00A0total investment of RMB 88 million']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'project:boyang-primary-school-upgrading-project'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];

MERGE (i:Indicator {id: 'indicator:lushun-chinese-medicine-hospital-project:total-investment'})
SET i.name = 'total investment', i.label = 'total investment of RMB 200 million',
    i.value = 200000000.0, i.unit = 'yuan'
WITH i, [
  ['002_f9541a57cbb08284', 'Lushun Chinese Medicine Hospital project\u00A0with a total investment of RMB 200 million']
] AS pairs
WITH i, pairs, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(i.sources, [])) - 1) | [i.sources[k], i.evidence[k]]]] AS added
SET i.sources = coalesce(i.sources, []) + [p IN added | p[0]],
    i.evidence = coalesce(i.evidence, []) + [p IN added | p[1]]
WITH i, pairs
MATCH (s:Entity {id: 'project:lushun-chinese-medicine-hospital-project'})
MERGE (s)-[r:REPORTED]->(i)
WITH i, pairs, r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];
