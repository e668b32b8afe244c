// Government bodies, committees, academies and alliances.
// Named in: 001 (Chinese Academy of Sciences), 003 (Liaoning Provincial People's
// Government and its Information Office, the China-Germany committee, the provincial
// industry-university-research alliances), 004 (Municipal Market Supervision Bureau).

MERGE (n:Organization {id: 'organization:chinese-academy-of-sciences'})
SET n:Entity, n.name = 'Chinese Academy of Sciences', n.aliases = ['Chinese Academy of Sciences'],
    n.organizationType = 'academy';

MERGE (n:Organization {id: 'organization:liaoning-provincial-peoples-government'})
SET n:Entity, n.name = 'Liaoning Provincial People\'s Government',
    n.aliases = ['Liaoning Provincial People\'s Government', 'Liaoning Provincial People’s Government'],
    n.organizationType = 'government';

MERGE (n:Organization {id: 'organization:information-office-of-liaoning-provincial-peoples-government'})
SET n:Entity, n.name = 'Information Office of Liaoning Provincial People\'s Government',
    n.aliases = ['Information Office of Liaoning Provincial People\'s Government', 'Information Office of Liaoning Provincial People’s Government'],
    n.organizationType = 'government office';

MERGE (n:Organization {id: 'organization:china-germany-shenyang-high-end-equipment-manufacturing-innovation-committee'})
SET n:Entity, n.name = 'China-Germany (Shenyang) High-end Equipment Manufacturing Innovation Committee',
    n.aliases = ['China-Germany (Shenyang) High-end Equipment Manufacturing Innovation Committee'],
    n.organizationType = 'committee',
    n.description = 'provides an international exchange platform for enterprises';

// Article 003 names them only collectively ("provincial-level industry-university-
// research alliances"), so one node stands for that set of alliances.
MERGE (n:Organization {id: 'organization:provincial-level-industry-university-research-alliances'})
SET n:Entity, n.name = 'Provincial-level industry-university-research alliances',
    n.aliases = ['Provincial-level industry-university-research alliances'],
    n.organizationType = 'alliance',
    n.note = 'Named collectively in article 003; the individual alliances are not named.';

MERGE (n:Organization {id: 'organization:dalian-municipal-market-supervision-bureau'})
SET n:Entity, n.name = 'Dalian Municipal Market Supervision Bureau',
    n.aliases = ['Dalian Municipal Market Supervision Bureau', 'Municipal Market Supervision Bureau'],
    n.organizationType = 'government bureau',
    n.note = 'Article 004 writes "The Municipal Market Supervision Bureau" in an article about Dalian ("our city").';
