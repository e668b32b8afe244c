// Awards, certifications, designations and titles conferred on enterprises, brands,
// laboratories, zones, villages or cities.
// Named in: 000 (trademark certifications, high-tech enterprise, technical/R&D centre
// designations, demonstration base), 001 (National Model Points of Leisure Agriculture
// and Rural Tourism), 002 (municipal laboratories), 003 (national-level opening-up
// platform, enterprise titles counted in Puwan), 004 (quality awards, city title).

MERGE (n:Award {id: 'award:well-known-national-trademark-certification'})
SET n:Entity, n.name = 'Well-known national trademark certification',
    n.aliases = ['Well-known national trademark certification'],
    n.level = 'national', n.category = 'trademark certification';

MERGE (n:Award {id: 'award:well-known-provincial-trademark-certification'})
SET n:Entity, n.name = 'Well-known provincial trademark certification',
    n.aliases = ['Well-known provincial trademark certification'],
    n.level = 'provincial', n.category = 'trademark certification';

// 000 ("identified as high-tech enterprises"), 001 ("33 high-tech companies") and 003
// ("growth in high-tech enterprises") use the same qualification.
MERGE (n:Award {id: 'award:high-tech-enterprise'})
SET n:Entity, n.name = 'High-tech enterprise',
    n.aliases = ['High-tech enterprise', 'high-tech enterprises', 'high-tech companies'],
    n.category = 'enterprise qualification';

MERGE (n:Award {id: 'award:national-technical-center'})
SET n:Entity, n.name = 'National Technical Center', n.aliases = ['National Technical Center'],
    n.level = 'national', n.category = 'R&D centre designation';

MERGE (n:Award {id: 'award:provincial-level-r-d-center'})
SET n:Entity, n.name = 'Provincial-level R&D Center',
    n.aliases = ['Provincial-level R&D Center', 'Provincial-level R & D Center'],
    n.level = 'provincial', n.category = 'R&D centre designation';

MERGE (n:Award {id: 'award:municipal-level-r-d-center'})
SET n:Entity, n.name = 'Municipal-level R&D Center',
    n.aliases = ['Municipal-level R&D Center', 'Municipal-level R & D Center'],
    n.level = 'municipal', n.category = 'R&D centre designation';

MERGE (n:Award {id: 'award:demonstration-base-of-industrial-products'})
SET n:Entity, n.name = 'Demonstration base of industrial products',
    n.aliases = ['Demonstration base of industrial products'],
    n.category = 'designation',
    n.note = 'Article 000 lists it with the prawn crackers indication among "special brands with Lushun characteristics" the District applied for.';

MERGE (n:Award {id: 'award:national-model-points-of-leisure-agriculture-and-rural-tourism'})
SET n:Entity, n.name = 'National Model Points of Leisure Agriculture and Rural Tourism',
    n.aliases = ['National Model Points of Leisure Agriculture and Rural Tourism'],
    n.level = 'national', n.category = 'designation';

MERGE (n:Award {id: 'award:municipal-engineering-laboratory'})
SET n:Entity, n.name = 'Municipal engineering laboratory', n.aliases = ['Municipal engineering laboratory'],
    n.level = 'municipal', n.category = 'laboratory designation';

MERGE (n:Award {id: 'award:municipal-key-laboratory'})
SET n:Entity, n.name = 'Municipal key laboratory', n.aliases = ['Municipal key laboratory'],
    n.level = 'municipal', n.category = 'laboratory designation';

MERGE (n:Award {id: 'award:national-level-platform-for-opening-up-to-the-outside-world'})
SET n:Entity, n.name = 'National-level platform for opening up to the outside world',
    n.aliases = ['National-level platform for opening up to the outside world'],
    n.level = 'national', n.category = 'designation';

MERGE (n:Award {id: 'award:gazelle-enterprise'})
SET n:Entity, n.name = 'Gazelle enterprise', n.aliases = ['Gazelle enterprise', 'gazelle enterprises'],
    n.category = 'enterprise qualification';

MERGE (n:Award {id: 'award:young-eagle-enterprise'})
SET n:Entity, n.name = 'Young eagle enterprise', n.aliases = ['Young eagle enterprise', 'young eagle enterprises'],
    n.category = 'enterprise qualification';

MERGE (n:Award {id: 'award:technology-oriented-small-and-medium-sized-enterprise'})
SET n:Entity, n.name = 'Technology-oriented small and medium-sized enterprise',
    n.aliases = ['Technology-oriented small and medium-sized enterprise', 'technology-oriented small and medium-sized enterprises'],
    n.category = 'enterprise qualification';

// Article 004 writes "Mayor's Quality Award", "mayor's quality award", "Mayor Quality
// Award" and "(Dalian) Mayor Quality Awards"; its "Nomination Award" is this award with
// status NOMINATED on RECEIVED, not a separate node.
MERGE (n:Award {id: 'award:mayors-quality-award'})
SET n:Entity, n.name = 'Mayor\'s Quality Award',
    n.aliases = ['Mayor\'s Quality Award', 'mayor\'s quality award', 'Mayor Quality Award', 'Mayor Quality Awards', 'Dalian Mayor Quality Awards'],
    n.level = 'municipal', n.category = 'quality award';

MERGE (n:Award {id: 'award:governors-quality-award'})
SET n:Entity, n.name = 'Governor\'s Quality Award', n.aliases = ['Governor\'s Quality Award'],
    n.level = 'provincial', n.category = 'quality award';

MERGE (n:Award {id: 'award:government-quality-award'})
SET n:Entity, n.name = 'Government Quality Award',
    n.aliases = ['Government Quality Award', 'government Quality Award'],
    n.level = 'municipal', n.category = 'quality award', n.established = 2011,
    n.note = 'Article 004: the Bureau "leads the establishment of the Mayor Quality Award, and takes the government Quality Award as an important starting point"; "Since the establishment of the Government Quality Award in our city in 2011, more than 500 enterprises have participated." The article does not say it is the Mayor\'s Quality Award, so the two stay apart.';

MERGE (n:Award {id: 'award:national-demonstration-city-with-strong-quality'})
SET n:Entity, n.name = 'National Demonstration City with Strong Quality',
    n.aliases = ['National Demonstration City with Strong Quality'],
    n.level = 'national', n.category = 'city title';
