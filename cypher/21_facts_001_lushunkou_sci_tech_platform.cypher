// Facts of article 001_edc594fb762addbc, "A sci-tech service platform for companies in
// Lushunkou District is built to develop high-tech industry": high-tech output, the
// academicians activity and the universities it links, incubation and patent figures,
// and the "Two Gardens and One Gallery" parks.
// Every relationship and Indicator carries `sources` and `evidence` (parallel lists).

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
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.purpose = 'cultivate innovative companies, develop high-tech industry and implement the development strategy of intellectual property',
    r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['In order to cultivate innovative companies, develop high-tech industry and implement the development strategy of intellectual property, a sci-tech service platform for companies in Lushunkou District is built.'];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:innovating-careers-under-the-guidance-of-tens-of-thousands-of-academicians'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities'];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:incubator-project'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.purpose = 'push forward the construction of Science-based Incubators',
    r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['a sci-tech service platform for companies in Lushunkou District is built',
                  'Another “Incubator Project” is implemented to push forward the construction of Science-based Incubators.'];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'project:two-gardens-and-one-gallery'})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['Moreover, Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.'];

// ---------------------------------------------------------------- university partnerships
// "33 high-tech companies" of the district cooperate with "33 universities including"
// these three, through the academicians activity: a zone-level partnership (SPEC
// PARTNERS_WITH), since the companies are not named.
MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-university-of-technology'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = ['Innovating Careers under the Guidance of tens of thousands of Academicians'],
    r.partners = '33 high-tech companies of the district',
    r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.'];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-maritime-university'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = ['Innovating Careers under the Guidance of tens of thousands of Academicians'],
    r.partners = '33 high-tech companies of the district',
    r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.'];

MATCH (a:Entity {id: 'zone:lushunkou-district'})
MATCH (b:Entity {id: 'university:dalian-institute-of-chemical-physics'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r.via = ['Innovating Careers under the Guidance of tens of thousands of Academicians'],
    r.partners = '33 high-tech companies of the district',
    r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['In recent years, by initiating activities like ”Innovating Careers under the Guidance of tens of thousands of Academicians”, 33 high-tech companies has established cooperation relationships with 33 universities including Dalian University of Technology, Dalian Maritime University Dalian Institute of Chemical Physics of Chinese Academy of Sciences and etc.'];

MATCH (a:Entity {id: 'university:dalian-institute-of-chemical-physics'})
MATCH (b:Entity {id: 'organization:chinese-academy-of-sciences'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['Dalian Institute of Chemical Physics of Chinese Academy of Sciences'];

// ---------------------------------------------------------------- Two Gardens and One Gallery
MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-maritime-industrial-park'})
MERGE (a)-[r:INCLUDES]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.'];

MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-gardening-industrial-park'})
MERGE (a)-[r:INCLUDES]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.'];

MATCH (a:Entity {id: 'project:two-gardens-and-one-gallery'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:INCLUDES]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['The “One Gallery” refers to Modern Urban Leisure Industry Gallery.'];

MATCH (a:Entity {id: 'zone:modern-maritime-industrial-park'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the two Gardens',
    r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.',
                  'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.'];

MATCH (a:Entity {id: 'zone:modern-gardening-industrial-park'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the two Gardens',
    r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.',
                  'The two Gardens are Modern Maritime Industrial Park and Modern Gardening Industrial Park.'];

MATCH (a:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MATCH (b:Entity {id: 'zone:lushunkou-district'})
MERGE (a)-[r:PART_OF]->(b)
SET r.inferred = true,
    r.note = 'implied: Lushunkou District is "devoted to the construction of" the One Gallery',
    r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['Lushunkou District is also devoted to the construction of “Two Gardens and One Gallery”.',
                  'The “One Gallery” refers to Modern Urban Leisure Industry Gallery.'];

MATCH (a:Entity {id: 'enterprise:dalian-haibao-fishery'})
MATCH (b:Entity {id: 'zone:modern-maritime-industrial-park'})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r.activity = 'marine ranching',
    r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['The former park is doing a good job in marine ranching with the joint effort of Dalian Haibao Fishery Co. Ltd. and other companies'];

MATCH (a:Entity {id: 'zone:xiaonan-village'})
MATCH (b:Entity {id: 'award:national-model-points-of-leisure-agriculture-and-rural-tourism'})
MERGE (a)-[r:APPLIED_FOR]->(b)
SET r.sources = ['001_edc594fb762addbc'],
    r.evidence = ['projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”'];

MATCH (a:Entity {id: 'zone:xiaonan-village'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['The “One Gallery” refers to Modern Urban Leisure Industry Gallery.',
                  'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles'];

MATCH (a:Entity {id: 'project:dielianhua-butterfly-park'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['The “One Gallery” refers to Modern Urban Leisure Industry Gallery.',
                  'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles'];

MATCH (a:Entity {id: 'project:space-museum'})
MATCH (b:Entity {id: 'zone:modern-urban-leisure-industry-gallery'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.sources = ['001_edc594fb762addbc', '001_edc594fb762addbc'],
    r.evidence = ['The “One Gallery” refers to Modern Urban Leisure Industry Gallery.',
                  'In this area, projects like promoting Xiaonan Village to apply for “National Model Points of Leisure Agriculture and Rural Tourism”, Dielianhua Butterfly Park and Space Museum are all playing crucial roles'];

// ---------------------------------------------------------------- indicators
MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-products-production-value'})
SET i.name = 'high-tech products production value', i.label = 'high-tech product production value 4.745 billion yuan',
    i.value = 4745000000.0, i.unit = 'yuan', i.period = 'up to now',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['Up to now, the production value of the high-tech products in the whole district amounts to 4.745 billion yuan and the added value of that is 1.209 billion yuan.']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-products-added-value'})
SET i.name = 'high-tech products added value', i.label = 'high-tech product added value 1.209 billion yuan',
    i.value = 1209000000.0, i.unit = 'yuan', i.period = 'up to now',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['Up to now, the production value of the high-tech products in the whole district amounts to 4.745 billion yuan and the added value of that is 1.209 billion yuan.']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:high-tech-companies-cooperating-with-universities'})
SET i.name = 'high-tech companies cooperating with universities', i.label = '33 high-tech companies established cooperation with universities',
    i.value = 33.0, i.unit = 'companies', i.period = 'in recent years',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['33 high-tech companies has established cooperation relationships with 33 universities']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'award:high-tech-enterprise'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:cooperating-universities'})
SET i.name = 'cooperating universities', i.label = '33 universities cooperating with the district\'s high-tech companies',
    i.value = 33.0, i.unit = 'universities', i.period = 'in recent years',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['33 high-tech companies has established cooperation relationships with 33 universities']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:science-and-technology-cooperation-bases'})
SET i.name = 'science and technology cooperation bases founded', i.label = '11 science and technology cooperation bases founded',
    i.value = 11.0, i.unit = 'bases', i.period = 'in recent years',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['During the cooperation, 11 science and technology cooperation bases were founded']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:cooperation-projects-and-new-products'})
SET i.name = 'projects and new products developed in cooperation', i.label = 'more than 30 projects and new products developed',
    i.value = 30.0, i.unit = 'projects and new products', i.qualifier = 'more than', i.period = 'in recent years',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['more than 30 projects and new products were developed']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:dalian-innovation-park:start-up-teams-introduced'})
SET i.name = 'technological start-up teams introduced', i.label = '6 technological start-up teams introduced this year',
    i.value = 6.0, i.unit = 'teams', i.period = 'this year',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['This year, 6 technological start-up teams were introduced to Dalian Innovation Park']
WITH i
MATCH (s:Entity {id: 'zone:dalian-innovation-park'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:companies-signed-for-incubators'})
SET i.name = 'companies signed for incubators', i.label = '106 companies signed for incubators',
    i.value = 106.0, i.unit = 'companies', i.period = 'this year',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['the number of the companies signed for incubators amounts to 106']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'project:incubator-project'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:companies-applying-for-district-science-and-technology-plan-projects'})
SET i.name = 'companies applying for district-level Science and Technology Plan Projects',
    i.label = '4 companies applied for Science and Technology Plan Projects of district level',
    i.value = 4.0, i.unit = 'companies', i.period = 'this year',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['4 companies applied for Science and Technology Plan Projects of district level']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence
WITH i
MATCH (a:Entity {id: 'project:lushunkou-district-science-and-technology-plan-projects'})
MERGE (i)-[m:MEASURES]->(a)
SET m.sources = i.sources, m.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:patent-applications'})
SET i.name = 'patent applications', i.label = '63 patent applications in total',
    i.value = 63.0, i.unit = 'patent applications', i.period = 'up to now',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:patent-authorizations'})
SET i.name = 'patent authorizations', i.label = '31 patent authorizations in total',
    i.value = 31.0, i.unit = 'authorizations', i.period = 'up to now',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:lushunkou-district:valid-patents'})
SET i.name = 'valid patents', i.label = '206 valid patents in total',
    i.value = 206.0, i.unit = 'patents', i.period = 'up to now',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['Up to now, there are in total 63 patent applications, 31 authorizations and 206 valid patents in the district.']
WITH i
MATCH (s:Entity {id: 'zone:lushunkou-district'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;

MERGE (i:Indicator {id: 'indicator:modern-gardening-industrial-park:agricultural-facilities-being-reformed'})
SET i.name = 'agricultural facilities being reformed', i.label = 'reforming 3000 mu of agricultural facilities',
    i.value = 3000.0, i.unit = 'mu',
    i.sources = ['001_edc594fb762addbc'],
    i.evidence = ['the latter is focusing on reforming 3000 mu of agricultural facilities']
WITH i
MATCH (s:Entity {id: 'zone:modern-gardening-industrial-park'})
MERGE (s)-[r:REPORTED]->(i)
SET r.sources = i.sources, r.evidence = i.evidence;
