// Brands: trademarks, regional and city brands, a geographical indication.
// Named in: 000 ("Made in Lushun", "Equipped in Lushun", prawn crackers national
// geographical indication, the four well-known national trademarks, "Huanyou",
// "Aiaimi"), 004 ("Made in Dalian").

MERGE (n:Brand {id: 'brand:made-in-lushun'})
SET n:Entity, n.name = 'Made in Lushun', n.aliases = ['Made in Lushun'], n.brandType = 'regional brand';

MERGE (n:Brand {id: 'brand:equipped-in-lushun'})
SET n:Entity, n.name = 'Equipped in Lushun', n.aliases = ['Equipped in Lushun'], n.brandType = 'regional brand';

MERGE (n:Brand {id: 'brand:prawn-crackers-national-geographical-indication'})
SET n:Entity, n.name = 'Prawn crackers national geographical indication',
    n.aliases = ['Prawn crackers national geographical indication', 'prawn crackers national geographical indications'],
    n.brandType = 'geographical indication',
    n.note = 'Article 000 lists it among "special brands with Lushun characteristics" the District applied for; it does not say the indication was granted.';

MERGE (n:Brand {id: 'brand:demai-shi-cdms'})
SET n:Entity, n.name = 'Demai Shi CDMS', n.aliases = ['Demai Shi CDMS'], n.brandType = 'trademark',
    n.note = 'Owner not named in article 000.';

MERGE (n:Brand {id: 'brand:haiyantang'})
SET n:Entity, n.name = 'Haiyantang', n.aliases = ['Haiyantang'], n.brandType = 'trademark',
    n.note = 'Owner not named in article 000.';

MERGE (n:Brand {id: 'brand:hongjia'})
SET n:Entity, n.name = 'Hongjia', n.aliases = ['Hongjia'], n.brandType = 'trademark',
    n.note = 'Owner not named in article 000.';

MERGE (n:Brand {id: 'brand:gegeda'})
SET n:Entity, n.name = 'Gegeda', n.aliases = ['Gegeda'], n.brandType = 'trademark',
    n.note = 'Owner not named in article 000.';

MERGE (n:Brand {id: 'brand:huanyou'})
SET n:Entity, n.name = 'Huanyou', n.aliases = ['Huanyou'], n.brandType = 'trademark';

MERGE (n:Brand {id: 'brand:aiaimi'})
SET n:Entity, n.name = 'Aiaimi', n.aliases = ['Aiaimi'], n.brandType = 'trademark';

MERGE (n:Brand {id: 'brand:made-in-dalian'})
SET n:Entity, n.name = 'Made in Dalian', n.aliases = ['Made in Dalian'], n.brandType = 'city brand';
