// Projects, programmes, products, standards and events (label Project; `projectType`
// says which).
// Named in: 000 (VLCC, special vehicles, technical textiles standard, key equipment
// programme, Chang'e 3, ASIA-1), 001 (sci-tech service platform, the academicians
// activity, Incubator Project, district S&T plan, Two Gardens and One Gallery, Dielianhua
// Butterfly Park, Space Museum), 002 (Big Locomotive Research Institute, school and
// hospital projects, two livelihood policies), 003 (press conference series, exchange
// activities, "one zone, three parks", incubation services), 004 (awards conference,
// production lines, ships, pumps, pump standards).

// --- 000
MERGE (n:Project {id: 'project:300000-ton-vlcc'})
SET n:Entity, n.name = '300,000-ton VLCC', n.aliases = ['300,000-ton VLCC', '300, 000-ton VLCC'],
    n.projectType = 'product (ship)';

MERGE (n:Project {id: 'project:dalian-qiche-special-vehicles'})
SET n:Entity, n.name = 'Dalian Qiche special vehicles', n.aliases = ['Dalian Qiche special vehicles', 'special vehicles'],
    n.projectType = 'product';

MERGE (n:Project {id: 'project:national-standard-of-technical-textiles'})
SET n:Entity, n.name = 'National standard of technical textiles',
    n.aliases = ['National standard of technical textiles'],
    n.projectType = 'standard';

MERGE (n:Project {id: 'project:major-equipment-and-key-components-development'})
SET n:Entity, n.name = 'Major equipment and key components development',
    n.aliases = ['Major equipment and key components development', 'public relations issues on major equipment and key components development'],
    n.projectType = 'R&D programme',
    n.note = 'Article 000: "organizing and implementing a number of public relations issues on major equipment and key components development" (key technical problems tackled).';

MERGE (n:Project {id: 'project:change-3'})
SET n:Entity, n.name = 'Chang\'e 3', n.aliases = ['Chang\'e 3'], n.projectType = 'spaceflight project';

MERGE (n:Project {id: 'project:asia-1'})
SET n:Entity, n.name = 'ASIA-1', n.aliases = ['ASIA-1'], n.projectType = 'spaceflight project';

// --- 001
MERGE (n:Project {id: 'project:lushunkou-district-sci-tech-service-platform'})
SET n:Entity, n.name = 'Sci-tech service platform for companies in Lushunkou District',
    n.aliases = ['Sci-tech service platform for companies in Lushunkou District', 'sci-tech service platform'],
    n.projectType = 'service platform';

MERGE (n:Project {id: 'project:innovating-careers-under-the-guidance-of-tens-of-thousands-of-academicians'})
SET n:Entity, n.name = 'Innovating Careers under the Guidance of tens of thousands of Academicians',
    n.aliases = ['Innovating Careers under the Guidance of tens of thousands of Academicians'],
    n.projectType = 'activity';

MERGE (n:Project {id: 'project:incubator-project'})
SET n:Entity, n.name = 'Incubator Project', n.aliases = ['Incubator Project'],
    n.projectType = 'programme', n.purpose = 'push forward the construction of Science-based Incubators';

MERGE (n:Project {id: 'project:lushunkou-district-science-and-technology-plan-projects'})
SET n:Entity, n.name = 'Lushunkou District Science and Technology Plan Projects',
    n.aliases = ['Lushunkou District Science and Technology Plan Projects', 'Science and Technology Plan Projects of district level'],
    n.projectType = 'plan', n.level = 'district';

MERGE (n:Project {id: 'project:two-gardens-and-one-gallery'})
SET n:Entity, n.name = 'Two Gardens and One Gallery', n.aliases = ['Two Gardens and One Gallery'],
    n.projectType = 'construction programme';

MERGE (n:Project {id: 'project:dielianhua-butterfly-park'})
SET n:Entity, n.name = 'Dielianhua Butterfly Park', n.aliases = ['Dielianhua Butterfly Park'],
    n.projectType = 'leisure tourism project';

MERGE (n:Project {id: 'project:space-museum'})
SET n:Entity, n.name = 'Space Museum', n.aliases = ['Space Museum'],
    n.projectType = 'leisure tourism project';

// --- 002
MERGE (n:Project {id: 'project:big-locomotive-research-institute'})
SET n:Entity, n.name = 'Big Locomotive Research Institute', n.aliases = ['Big Locomotive Research Institute'],
    n.projectType = 'construction project';

MERGE (n:Project {id: 'project:boyang-primary-school-upgrading-project'})
SET n:Entity, n.name = 'Boyang Primary School upgrading project', n.aliases = ['Boyang Primary School upgrading project'],
    n.projectType = 'infrastructure project (education)';

MERGE (n:Project {id: 'project:lushun-chinese-medicine-hospital-project'})
SET n:Entity, n.name = 'Lushun Chinese Medicine Hospital project', n.aliases = ['Lushun Chinese Medicine Hospital project'],
    n.projectType = 'infrastructure project (medical care)';

MERGE (n:Project {id: 'project:livelihood-security-of-elders'})
SET n:Entity, n.name = 'Livelihood security of elders', n.aliases = ['Livelihood security of elders'],
    n.projectType = 'policy';

MERGE (n:Project {id: 'project:second-reimbursement-for-peasants-hospitalization-fees'})
SET n:Entity, n.name = 'Second reimbursement for peasants\' hospitalization fees',
    n.aliases = ['Second reimbursement for peasants\' hospitalization fees'],
    n.projectType = 'policy';

// --- 003
MERGE (n:Project {id: 'project:promoting-high-quality-development-of-enterprises'})
SET n:Entity, n.name = 'Promoting High-Quality Development of Enterprises',
    n.aliases = ['Promoting High-Quality Development of Enterprises'],
    n.projectType = 'press conference series';

MERGE (n:Project {id: 'project:fifth-press-conference-promoting-high-quality-development-of-enterprises'})
SET n:Entity, n.name = 'Fifth press conference of "Promoting High-Quality Development of Enterprises"',
    n.aliases = ['Fifth press conference of "Promoting High-Quality Development of Enterprises"', 'fifth press conference'],
    n.projectType = 'press conference', n.date = '2024-06-20',
    n.dateDerivation = 'stated "On June 20"; the year 2024 is implied by the article (see its Document.dateDerivation)';

MERGE (n:Project {id: 'project:german-enterprises-trip-in-shenyang'})
SET n:Entity, n.name = 'German Enterprises\' Trip in Shenyang',
    n.aliases = ['German Enterprises\' Trip in Shenyang', 'German Enterprises’ Trip in Shenyang'],
    n.projectType = 'economic and trade exchange activity';

MERGE (n:Project {id: 'project:shenyang-tiexi-business-day-in-germany'})
SET n:Entity, n.name = 'Shenyang Tiexi Business Day in Germany', n.aliases = ['Shenyang Tiexi Business Day in Germany'],
    n.projectType = 'economic and trade exchange activity';

MERGE (n:Project {id: 'project:one-zone-three-parks'})
SET n:Entity, n.name = 'One zone, three parks', n.aliases = ['One zone, three parks'],
    n.projectType = 'development pattern';

MERGE (n:Project {id: 'project:liaobin-whole-process-incubation-services'})
SET n:Entity, n.name = 'Liaobin whole-process incubation services',
    n.aliases = ['Liaobin whole-process incubation services', 'whole-process incubation services'],
    n.projectType = 'service',
    n.stages = ['research and development', 'small-scale experimentation', 'pilot testing', 'industrialization'];

// --- 004
MERGE (n:Project {id: 'project:8th-dalian-mayor-quality-awards-conference'})
SET n:Entity, n.name = '8th Dalian Mayor Quality Awards Conference',
    n.aliases = ['8th Dalian Mayor Quality Awards Conference'],
    n.projectType = 'conference', n.edition = 8, n.date = '2022-08-02',
    n.dateDerivation = 'stated "on August 2nd"; the year from the article header date 2022-08-04';

MERGE (n:Project {id: 'project:steel-plate-comprehensive-printing-production-line'})
SET n:Entity, n.name = 'Steel plate comprehensive printing production line',
    n.aliases = ['Steel plate comprehensive printing production line'],
    n.projectType = 'production line';

MERGE (n:Project {id: 'project:welding-robot-production-line'})
SET n:Entity, n.name = 'Welding robot production line', n.aliases = ['Welding robot production line'],
    n.projectType = 'production line';

MERGE (n:Project {id: 'project:high-performance-ocean-going-ships'})
SET n:Entity, n.name = 'High-performance ocean-going ships', n.aliases = ['High-performance ocean-going ships'],
    n.projectType = 'product (ship)';

MERGE (n:Project {id: 'project:green-ships'})
SET n:Entity, n.name = 'Green ships', n.aliases = ['Green ships'],
    n.projectType = 'R&D programme';

MERGE (n:Project {id: 'project:chemical-process-pumps-and-corrosion-resistant-pumps'})
SET n:Entity, n.name = 'Chemical process pumps and corrosion-resistant pump products',
    n.aliases = ['Chemical process pumps and corrosion-resistant pump products', 'chemical process pumps', 'corrosion-resistant pump products'],
    n.projectType = 'product';

MERGE (n:Project {id: 'project:pump-standards-in-china'})
SET n:Entity, n.name = 'Pump standards in China', n.aliases = ['Pump standards in China'],
    n.projectType = 'standard';
