// Zones: districts, development and economic zones, industrial parks and bases, an
// innovation park, a gallery and a village.
// Named in: 000 and 001 (Lushunkou District and its parks), 002 (Lushun Development
// Zone, Lushun Industrial Base), 003 (Shenyang, Panjin, Dalian Puwan and Chaoyang
// Jianping zones and the Jianping sectors).

MERGE (n:Zone {id: 'zone:lushunkou-district'})
SET n:Entity, n.name = 'Lushunkou District',
    n.aliases = ['Lushunkou District', 'the District', 'the district'],
    n.zoneType = 'district', n.level = 'district';

MERGE (n:Zone {id: 'zone:lushun-development-zone'})
SET n:Entity, n.name = 'Lushun Development Zone',
    n.aliases = ['Lushun Development Zone', 'the Development Zone', 'Development Zone'],
    n.zoneType = 'development zone',
    n.note = 'Article 002 only. No article says how it relates to Lushunkou District (000, 001); it is a distinct node, placed in the district by the reference note.';

MERGE (n:Zone {id: 'zone:lushun-industrial-base'})
SET n:Entity, n.name = 'Lushun Industrial Base', n.aliases = ['Lushun Industrial Base'],
    n.zoneType = 'industrial base';

MERGE (n:Zone {id: 'zone:dalian-innovation-park'})
SET n:Entity, n.name = 'Dalian Innovation Park', n.aliases = ['Dalian Innovation Park'],
    n.zoneType = 'innovation park (incubator)';

MERGE (n:Zone {id: 'zone:modern-maritime-industrial-park'})
SET n:Entity, n.name = 'Modern Maritime Industrial Park', n.aliases = ['Modern Maritime Industrial Park'],
    n.zoneType = 'industrial park', n.focus = 'marine ranching';

MERGE (n:Zone {id: 'zone:modern-gardening-industrial-park'})
SET n:Entity, n.name = 'Modern Gardening Industrial Park', n.aliases = ['Modern Gardening Industrial Park'],
    n.zoneType = 'industrial park', n.focus = 'reforming agricultural facilities';

MERGE (n:Zone {id: 'zone:modern-urban-leisure-industry-gallery'})
SET n:Entity, n.name = 'Modern Urban Leisure Industry Gallery',
    n.aliases = ['Modern Urban Leisure Industry Gallery', 'One Gallery'],
    n.zoneType = 'gallery', n.focus = 'leisure agriculture and rural tourism';

MERGE (n:Zone {id: 'zone:xiaonan-village'})
SET n:Entity, n.name = 'Xiaonan Village', n.aliases = ['Xiaonan Village'], n.zoneType = 'village';

MERGE (n:Zone {id: 'zone:shenyang-economic-and-technological-development-zone'})
SET n:Entity, n.name = 'Shenyang Economic and Technological Development Zone',
    n.aliases = ['Shenyang Economic and Technological Development Zone'],
    n.zoneType = 'economic and technological development zone', n.level = 'national',
    n.levelEvidence = 'has been established as a national-level platform for opening up to the outside world';

MERGE (n:Zone {id: 'zone:liaobin-coastal-economic-and-technological-development-zone'})
SET n:Entity, n.name = 'Liaobin Coastal Economic and Technological Development Zone',
    n.aliases = ['Liaobin Coastal Economic and Technological Development Zone', 'Liaobin Coastal Economic and Technological Development Zone of Panjin'],
    n.zoneType = 'economic and technological development zone';

MERGE (n:Zone {id: 'zone:dalian-puwan-economic-zone'})
SET n:Entity, n.name = 'Dalian Puwan Economic Zone', n.aliases = ['Dalian Puwan Economic Zone'],
    n.zoneType = 'economic zone', n.focus = 'new quality productive forces';

MERGE (n:Zone {id: 'zone:chaoyang-jianping-economic-development-zone'})
SET n:Entity, n.name = 'Chaoyang Jianping Economic Development Zone',
    n.aliases = ['Chaoyang Jianping Economic Development Zone'],
    n.zoneType = 'economic development zone';

// The four "major sectors" of the Chaoyang Jianping zone. The article names them
// generically ("the new materials industry zone"); the canonical names add "Jianping"
// so they stay distinguishable from any other zone of that kind.
MERGE (n:Zone {id: 'zone:jianping-new-materials-industry-zone'})
SET n:Entity, n.name = 'Jianping New Materials Industry Zone',
    n.aliases = ['Jianping New Materials Industry Zone', 'new materials industry zone'],
    n.zoneType = 'industry zone (sector)';

MERGE (n:Zone {id: 'zone:jianping-equipment-manufacturing-zone'})
SET n:Entity, n.name = 'Jianping Equipment Manufacturing Zone',
    n.aliases = ['Jianping Equipment Manufacturing Zone', 'equipment manufacturing zone'],
    n.zoneType = 'industry zone (sector)';

MERGE (n:Zone {id: 'zone:jianping-agricultural-product-processing-park'})
SET n:Entity, n.name = 'Jianping Agricultural Product Processing Park',
    n.aliases = ['Jianping Agricultural Product Processing Park', 'agricultural product processing park'],
    n.zoneType = 'industrial park (sector)';

MERGE (n:Zone {id: 'zone:jianping-new-energy-industry-park'})
SET n:Entity, n.name = 'Jianping New Energy Industry Park',
    n.aliases = ['Jianping New Energy Industry Park', 'new energy industry park'],
    n.zoneType = 'industrial park (sector)';
