// Places: countries, provinces and cities the articles name.
// Named in: 000 (Australia, as "the Australian market"), 003 (Liaoning, China, Germany,
// Shenyang, Panjin, Chaoyang, Dalian), 004 (Dalian, "our city"; China).
// Their nesting (city PART_OF province) comes from the project's reference note
// (reference_administrative_geography), see 29_facts_reference_geography.cypher.

MERGE (n:Place {id: 'place:china'})
SET n:Entity, n.name = 'China', n.aliases = ['China'], n.placeType = 'country';

MERGE (n:Place {id: 'place:germany'})
SET n:Entity, n.name = 'Germany', n.aliases = ['Germany'], n.placeType = 'country';

MERGE (n:Place {id: 'place:australia'})
SET n:Entity, n.name = 'Australia', n.aliases = ['Australia', 'Australian'], n.placeType = 'country',
    n.note = 'Article 000 names it only as a market: "have successfully occupied the Australian market".';

MERGE (n:Place {id: 'place:liaoning'})
SET n:Entity, n.name = 'Liaoning', n.aliases = ['Liaoning', 'Liaoning Province'], n.placeType = 'province';

MERGE (n:Place {id: 'place:dalian'})
SET n:Entity, n.name = 'Dalian', n.aliases = ['Dalian', 'our city'], n.placeType = 'city',
    n.note = 'Article 004 (a Dalian article) calls Dalian "our city"; that alias is only meant in that sense.';

MERGE (n:Place {id: 'place:shenyang'})
SET n:Entity, n.name = 'Shenyang', n.aliases = ['Shenyang'], n.placeType = 'city';

MERGE (n:Place {id: 'place:panjin'})
SET n:Entity, n.name = 'Panjin', n.aliases = ['Panjin'], n.placeType = 'city';

MERGE (n:Place {id: 'place:chaoyang'})
SET n:Entity, n.name = 'Chaoyang', n.aliases = ['Chaoyang'], n.placeType = 'city';
