// Word lists for synthetic names and sentences, in the style of the seed articles
// (English news about Liaoning: pinyin company names, development zones, quality awards).
// No string here contains '|', the list delimiter of the CSV files built from the data.

import { LIAONING_CITIES } from '../../src/draft/lexicon.js';

export const PROVINCE = 'Liaoning Province';

/** The 14 prefecture-level cities: the drafter's lexicon is the one list. */
export const CITIES = LIAONING_CITIES;

/** Syllables of coined pinyin names ("Haosen", "Huarui", "Jinhui"). */
export const SYLLABLES = [
  'Hao',
  'Sen',
  'Hua',
  'Rui',
  'Jin',
  'Hui',
  'Rong',
  'Zhi',
  'Xin',
  'Tai',
  'Heng',
  'Li',
  'Da',
  'Bo',
  'Yang',
  'Tian',
  'Long',
  'Feng',
  'Sheng',
  'Kai',
  'Wei',
  'Ming',
  'Hong',
  'Jia',
  'De',
  'Mai',
  'Guang',
  'Yuan',
  'Shun',
  'An',
  'Fu',
  'Cheng',
  'Xing',
  'Tong',
  'Hai',
  'Bao',
  'Yu',
  'Qi',
  'Lian',
  'Shi',
  'Neng',
  'Chuang',
  'Ke',
  'Mei',
  'Jian',
  'Ning',
  'Run',
  'Yi',
  'Zhong',
  'Wan',
  'Sanhuan',
  'Ao',
  'Dong',
] as const;

export const INDUSTRIES = [
  'Equipment Manufacturing',
  'Shipbuilding',
  'Petrochemical',
  'Pump Industry',
  'Rubber and Plastic Machinery',
  'Transformer',
  'Chemical Fiber Technology',
  'Railway Transportation Equipment',
  'Pharmaceutical',
  'New Materials',
  'Bearing',
  'Marine Engineering',
  'Precision Instruments',
  'Electronic Technology',
  'Software',
  'Robotics',
  'Heavy Industry',
  'Composite Material Technology',
  'Fishery',
  'Food Processing',
  'Auto Parts',
  'Logistics',
  'Energy Technology',
  'Environmental Technology',
  'Biotechnology',
] as const;

export const COMPANY_SUFFIXES = [
  'Co., Ltd.',
  'Group Co., Ltd.',
  'Technology Co., Ltd.',
  'Limited Liability Company',
  'Industry Co., Ltd.',
] as const;

export const DEVELOPMENT_ZONE_KINDS = [
  { suffix: 'Economic and Technological Development Zone', zoneType: 'development zone' },
  { suffix: 'High-tech Industrial Development Zone', zoneType: 'development zone' },
  { suffix: 'Economic Zone', zoneType: 'economic zone' },
  { suffix: 'Coastal Economic Zone', zoneType: 'economic zone' },
] as const;

export const PARK_KINDS = [
  { suffix: 'Industrial Park', zoneType: 'industrial park' },
  { suffix: 'Industrial Base', zoneType: 'industrial base' },
  { suffix: 'Innovation Park', zoneType: 'innovation park (incubator)' },
  { suffix: 'Science and Technology Incubator', zoneType: 'incubator' },
] as const;

export const ZONE_LEVELS = ['national', 'provincial', 'municipal', 'district'] as const;

export const RESEARCH_FIELDS = [
  'Technology',
  'Chemical Physics',
  'Marine Science',
  'Materials Science',
  'Engineering',
  'Metallurgy',
  'Automation',
  'Petroleum Chemistry',
  'Shipbuilding Engineering',
  'Biology',
] as const;

export const BRAND_TYPES = ['trademark', 'well-known trademark', 'regional brand', 'geographical indication'] as const;

export const AWARD_KINDS = [
  {
    name: (city: string, coined: string) => `${city} ${coined} Quality Award`,
    level: 'municipal',
    category: 'quality award',
  },
  {
    name: (_city: string, coined: string) => `Liaoning ${coined} Governor's Quality Award`,
    level: 'provincial',
    category: 'quality award',
  },
  {
    name: (_city: string, coined: string) => `National ${coined} Technical Center`,
    level: 'national',
    category: 'designation',
  },
  {
    name: (city: string, coined: string) => `${city} ${coined} Engineering Laboratory`,
    level: 'municipal',
    category: 'designation',
  },
  {
    name: (_city: string, coined: string) => `Provincial ${coined} Well-known Trademark Certification`,
    level: 'provincial',
    category: 'certification',
  },
] as const;

export const ORGANIZATION_KINDS = [
  (city: string, coined: string) => `${city} ${coined} Market Supervision Bureau`,
  (city: string, coined: string) => `${city} ${coined} Industry-University-Research Alliance`,
  (_city: string, coined: string) => `Liaoning ${coined} Quality Association`,
] as const;

export const PROJECT_KINDS = [
  'Incubator Project',
  'Upgrading Project',
  'Laboratory Project',
  'Hospital Project',
  'Infrastructure Project',
] as const;

export const PROGRAMMES = [
  'Innovating Careers under the Guidance of Academicians',
  'Industry-University-Research Cooperation Programme',
  'Science and Technology Plan',
  'Talent Introduction Programme',
  'Technology Transfer Initiative',
] as const;

export const SURNAMES = [
  'Xu',
  'Ci',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'Lin',
  'He',
  'Gao',
] as const;

export const ROLES = ['general manager', 'chairman', 'president', 'chief engineer', 'director'] as const;

export const INDICATOR_KINDS = [
  { name: 'industrial output value', unit: 'billion yuan', min: 1, max: 120 },
  { name: 'fiscal revenue', unit: 'billion yuan', min: 0.2, max: 30 },
  { name: 'research and development investment', unit: 'million yuan', min: 5, max: 900 },
  { name: 'valid patents', unit: 'patents', min: 10, max: 2000 },
  { name: 'high-tech enterprises', unit: 'enterprises', min: 3, max: 400 },
] as const;

/** Sentences that cite nothing; they make documents read like articles, not fact lists. */
export const FILLER_SENTENCES = [
  'In recent years, the city has continuously expanded the selection field and coverage of excellent enterprises.',
  'The overall quality concept and quality atmosphere of enterprises are constantly improving.',
  'The accelerated agglomeration of leading industries provided a strong impetus to the development of economy.',
  'Enterprises will constantly improve and deepen their excellent performance management.',
  'The district also organized enterprises to apply for special brands with local characteristics.',
  'Scientific and technological innovations have come out one after another.',
  'Supporting infrastructure has been strengthened to facilitate coordination and cooperation.',
] as const;

export const TITLE_TEMPLATES = [
  (subject: string) => `${subject} Persists in Innovation to Pursue Development`,
  (subject: string) => `${subject} Accelerates Construction of Industrial Ecosystem`,
  (subject: string) => `"Quality Award Cluster" of ${subject} has Taken Initial Shape`,
  (subject: string) => `${subject} optimized the industrial upgrading and took the road of brand development`,
  (subject: string) => `A sci-tech service platform for companies in ${subject} is built`,
] as const;
