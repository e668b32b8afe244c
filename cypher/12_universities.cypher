// Universities and research institutions, including two enterprise laboratories that
// article 002 counts among the Development Zone's "research institutions".
// Named in: 001 (Dalian University of Technology, Dalian Maritime University, Dalian
// Institute of Chemical Physics), 002 (the two laboratories), 003 (Dalian University of
// Technology, Tianjin University, Dalian Institute of Chemical Physics).

MERGE (n:University {id: 'university:dalian-university-of-technology'})
SET n:Entity, n.name = 'Dalian University of Technology', n.aliases = ['Dalian University of Technology'],
    n.institutionType = 'university';

MERGE (n:University {id: 'university:dalian-maritime-university'})
SET n:Entity, n.name = 'Dalian Maritime University', n.aliases = ['Dalian Maritime University'],
    n.institutionType = 'university';

// 001 writes the long form, 003 the short one: the same institute.
MERGE (n:University {id: 'university:dalian-institute-of-chemical-physics'})
SET n:Entity, n.name = 'Dalian Institute of Chemical Physics',
    n.aliases = ['Dalian Institute of Chemical Physics', 'Dalian Institute of Chemical Physics of Chinese Academy of Sciences'],
    n.institutionType = 'research institute';

MERGE (n:University {id: 'university:tianjin-university'})
SET n:Entity, n.name = 'Tianjin University', n.aliases = ['Tianjin University'],
    n.institutionType = 'university';

MERGE (n:University {id: 'university:crrc-dalian-r-d-rail-transportation-equipment-laboratory'})
SET n:Entity, n.name = 'CRRC Dalian R&D rail transportation equipment laboratory',
    n.aliases = ['CRRC Dalian R&D rail transportation equipment laboratory', 'rail transportation equipment laboratory of CRRC Dalian R&D'],
    n.institutionType = 'enterprise laboratory';

MERGE (n:University {id: 'university:huarui-heavy-industry-special-spare-parts-key-laboratory'})
SET n:Entity, n.name = 'Huarui Heavy Industry special spare parts key laboratory',
    n.aliases = ['Huarui Heavy Industry special spare parts key laboratory', 'special spare parts key laboratory of Huarui Heavy Industry'],
    n.institutionType = 'enterprise laboratory';
