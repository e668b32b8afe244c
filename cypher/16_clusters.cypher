// Industrial clusters and leading industries.
// Named in: 000 (Lushun railway transportation equipment manufacturing, Lushun
// Shipbuilding, the pump cluster), 002 (the Development Zone's leading industries "rail
// transport" and "shipbuilding industry"), 004 (Dalian's "quality award cluster", the
// high-end marine equipment manufacturing industry).
//
// 000 speaks of Lushunkou District's clusters, 002 of Lushun Development Zone's leading
// industries; neither says they are the same, so they are separate nodes (see `note`).

MERGE (n:Cluster {id: 'cluster:lushun-railway-transportation-equipment-manufacturing-cluster'})
SET n:Entity, n.name = 'Lushun railway transportation equipment manufacturing cluster',
    n.aliases = ['Lushun railway transportation equipment manufacturing cluster', 'Lushun railway transportation equipment manufacturing'],
    n.status = 'established';

MERGE (n:Cluster {id: 'cluster:lushun-shipbuilding-cluster'})
SET n:Entity, n.name = 'Lushun shipbuilding cluster',
    n.aliases = ['Lushun shipbuilding cluster', 'Lushun Shipbuilding'],
    n.status = 'established';

MERGE (n:Cluster {id: 'cluster:lushun-pump-industrial-cluster'})
SET n:Entity, n.name = 'Lushun pump industrial cluster',
    n.aliases = ['Lushun pump industrial cluster', 'industrial cluster of pump'],
    n.status = 'taken shape initiatively';

MERGE (n:Cluster {id: 'cluster:lushun-development-zone-rail-transport-industry'})
SET n:Entity, n.name = 'Lushun Development Zone rail transport industry',
    n.aliases = ['Lushun Development Zone rail transport industry', 'rail transport'],
    n.clusterType = 'leading industry',
    n.note = 'Article 002: "four leading industries such as rail transport and shipbuilding industry" of the Development Zone. Kept apart from the "Lushun railway transportation equipment manufacturing" cluster of Lushunkou District (000): no article equates them.';

MERGE (n:Cluster {id: 'cluster:lushun-development-zone-shipbuilding-industry'})
SET n:Entity, n.name = 'Lushun Development Zone shipbuilding industry',
    n.aliases = ['Lushun Development Zone shipbuilding industry', 'shipbuilding industry'],
    n.clusterType = 'leading industry',
    n.note = 'Article 002 (leading industry of the Development Zone). Kept apart from the "Lushun Shipbuilding" cluster of Lushunkou District (000): no article equates them.';

MERGE (n:Cluster {id: 'cluster:dalian-quality-award-cluster'})
SET n:Entity, n.name = 'Dalian quality award cluster',
    n.aliases = ['Dalian quality award cluster', 'Quality Award Cluster', 'quality award cluster'],
    n.clusterType = 'award-winning enterprises', n.status = 'taken initial shape';

MERGE (n:Cluster {id: 'cluster:dalian-high-end-marine-equipment-manufacturing-industry'})
SET n:Entity, n.name = 'Dalian high-end marine equipment manufacturing industry',
    n.aliases = ['Dalian high-end marine equipment manufacturing industry', 'high-end marine equipment manufacturing industry'],
    n.clusterType = 'industry';
