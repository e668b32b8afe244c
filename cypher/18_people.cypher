// People. Named in: 004 (Xu Weiming, Ci Yuanxin).

MERGE (n:Person {id: 'person:xu-weiming'})
SET n:Entity, n.name = 'Xu Weiming', n.aliases = ['Xu Weiming'];

MERGE (n:Person {id: 'person:ci-yuanxin'})
SET n:Entity, n.name = 'Ci Yuanxin', n.aliases = ['Ci Yuanxin'];
