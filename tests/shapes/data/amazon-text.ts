// Product titles, keywords and UI words of the Amazon console pages in en / de / ja / zh.

export const PRODUCTS: Record<string, string[]> = {
  en: [
    'Northwind Electric Kettle, 1.7L Stainless Steel, 1500W Fast Boil',
    'Northwind Gooseneck Kettle "Barista" Edition, 0.9L, Matte Black',
    'Northwind 6" Chef\'s Knife, German High-Carbon Stainless Steel',
    'Northwind Pour-Over Coffee Dripper, Ceramic, Size 02',
    'Northwind Milk Frother, Handheld, Rechargeable',
    'Northwind Tea Infuser Bottle, 500 ml, Borosilicate Glass',
    'Northwind Digital Kitchen Scale, 5 kg / 0.1 g',
    'Northwind Bamboo Cutting Board Set, 3 Pieces',
  ],
  de: [
    'Northwind Wasserkocher, 1,7 L Edelstahl, 2200 W Schnellkochfunktion',
    'Northwind Schwanenhals-Wasserkocher „Barista“ Edition, 0,9 L, Mattschwarz',
    'Northwind Kochmesser 15 cm, deutscher Kohlenstoffstahl',
    'Northwind Kaffeefilter Handfilter, Keramik, Größe 02',
    'Northwind Milchaufschäumer, Akku, Edelstahl',
    'Northwind Teeflasche mit Sieb, 500 ml, Borosilikatglas',
    'Northwind Digitale Küchenwaage, 5 kg / 0,1 g',
    'Northwind Schneidebrett-Set aus Bambus, 3-teilig',
  ],
  ja: [
    'Northwind 電気ケトル 1.7L ステンレス 1500W',
    'Northwind グースネック 電気ケトル「バリスタ」 0.9L マットブラック',
    'Northwind 牛刀 15cm ドイツ製高炭素鋼',
    'Northwind コーヒードリッパー 陶器 02サイズ',
    'Northwind ミルクフォーマー 充電式',
    'Northwind ティーボトル 500ml 耐熱ガラス',
    'Northwind デジタルスケール 5kg 0.1g単位',
    'Northwind 竹製まな板 3枚セット',
  ],
  zh: [
    'Northwind 电热水壶 1.7升 不锈钢 1500瓦',
    'Northwind 细口手冲壶 "Barista" 0.9升 哑光黑',
    'Northwind 15厘米主厨刀 德国高碳不锈钢',
    'Northwind 陶瓷手冲滤杯 02号',
    'Northwind 手持电动奶泡器 可充电',
    'Northwind 泡茶杯 500毫升 高硼硅玻璃',
    'Northwind 电子厨房秤 5公斤/0.1克',
    'Northwind 竹制砧板三件套',
  ],
};

export const KEYWORDS: Record<string, string[]> = {
  en: [
    'electric kettle',
    'stainless steel kettle',
    'gooseneck kettle',
    'tea kettle electric',
    'coffee dripper',
    'milk frother',
  ],
  de: [
    'wasserkocher',
    'wasserkocher edelstahl',
    'schwanenhals wasserkocher',
    'teekocher',
    'kaffeefilter keramik',
    'milchaufschäumer',
  ],
  ja: [
    '電気ケトル',
    'ケトル ステンレス',
    'グースネック ケトル',
    '電気ポット',
    'コーヒードリッパー',
    'ミルクフォーマー',
  ],
  zh: ['电热水壶', '不锈钢水壶', '手冲壶', '烧水壶', '咖啡滤杯', '奶泡器'],
};

export const T = {
  active: { en: 'Active', de: 'Aktiv', ja: '出品中', zh: '在售' },
  inactive: { en: 'Inactive', de: 'Inaktiv', ja: '停止中', zh: '不可售' },
  condition: { en: 'Condition: New', de: 'Zustand: Neu', ja: 'コンディション: 新品', zh: '状况: 新品' },
  merchant: { en: 'Merchant', de: 'Verkäufer', ja: '出品者', zh: '卖家' },
  delivering: { en: 'Delivering', de: 'Wird ausgeliefert', ja: '配信中', zh: '正在投放' },
  paused: { en: 'Paused', de: 'Pausiert', ja: '一時停止', zh: '已暂停' },
  sp: { en: 'Sponsored Products', de: 'Sponsored Products', ja: 'スポンサープロダクト', zh: '商品推广' },
  sb: { en: 'Sponsored Brands', de: 'Sponsored Brands', ja: 'スポンサーブランド', zh: '品牌推广' },
  manual: { en: 'Manual', de: 'Manuell', ja: 'マニュアル', zh: '手动' },
  auto: { en: 'Automatic', de: 'Automatisch', ja: 'オート', zh: '自动' },
  keyword: { en: 'Keyword', de: 'Keyword', ja: 'キーワード', zh: '关键词' },
  negative: { en: 'Negative keyword', de: 'Negatives Keyword', ja: '除外キーワード', zh: '否定关键词' },
  edit: { en: 'Edit', de: 'Bearbeiten', ja: '編集', zh: '编辑' },
  empty: {
    en: 'No more rows',
    de: 'Keine weiteren Zeilen',
    ja: 'これ以上の行はありません',
    zh: '没有更多行',
  },
  total: { en: 'Total', de: 'Gesamt', ja: '合計', zh: '总计' },
} as const;
export const t = (k: keyof typeof T, lang: string) => (T[k] as Record<string, string>)[lang] ?? T[k].en;
