import type { DecimalMark } from '../../parse';

export interface AmazonMarketplace {
  marketplace: string;
  currency: string;
  decimal: DecimalMark;
}

// Product-page hosts we read; the marketplace is the host without `www.`.
export const AMAZON_MARKETPLACES: Record<string, AmazonMarketplace> = {
  'amazon.com': { marketplace: 'amazon.com', currency: 'USD', decimal: '.' },
  'amazon.ca': { marketplace: 'amazon.ca', currency: 'CAD', decimal: '.' },
  'amazon.co.uk': { marketplace: 'amazon.co.uk', currency: 'GBP', decimal: '.' },
  'amazon.de': { marketplace: 'amazon.de', currency: 'EUR', decimal: ',' },
  'amazon.fr': { marketplace: 'amazon.fr', currency: 'EUR', decimal: ',' },
  'amazon.it': { marketplace: 'amazon.it', currency: 'EUR', decimal: ',' },
  'amazon.es': { marketplace: 'amazon.es', currency: 'EUR', decimal: ',' },
  'amazon.co.jp': { marketplace: 'amazon.co.jp', currency: 'JPY', decimal: '.' },
};

export function amazonMarketplaceOf(host: string): AmazonMarketplace | undefined {
  return AMAZON_MARKETPLACES[host.replace(/^www\./, '')];
}

/** A marketplace a console account can sell in: its public id and the names a switcher shows for it. */
export interface ConsoleMarketplace extends AmazonMarketplace {
  /** The Selling Partner API marketplace id, as the consoles embed it (`ue_mid`, `marketplaceId`). */
  id: string;
  /** Its name in en, de, fr, it, es, ja and zh (lower case), as marketplace switchers print it. */
  names: readonly string[];
}

// Marketplace, Selling Partner API id (public list), currency, decimal mark as it prints prices, and the names
// switchers show (en, de, fr, it, es, ja, zh; lower case).
const TABLE = `
amazon.com ATVPDKIKX0DER USD . united states|usa|us|vereinigte staaten|états-unis|etats-unis|stati uniti|estados unidos|アメリカ合衆国|アメリカ|米国|美国
amazon.ca A2EUQ1WTGCTBG2 CAD . canada|kanada|canadá|カナダ|加拿大
amazon.com.mx A1AM78C64UM0Y8 MXN . mexico|méxico|mexiko|mexique|messico|メキシコ|墨西哥
amazon.com.br A2Q3Y263D00KWC BRL , brazil|brasilien|brésil|brasile|brasil|ブラジル|巴西
amazon.co.uk A1F83G8C2ARO7P GBP . united kingdom|uk|vereinigtes königreich|großbritannien|royaume-uni|regno unito|reino unido|イギリス|英国
amazon.de A1PA6795UKMFR9 EUR , germany|deutschland|allemagne|germania|alemania|ドイツ|德国
amazon.fr A13V1IB3VIYZZH EUR , france|frankreich|francia|フランス|法国
amazon.it APJ6JRA9NG5V4 EUR , italy|italien|italie|italia|イタリア|意大利
amazon.es A1RKKUPIHCS9HS EUR , spain|spanien|espagne|spagna|españa|スペイン|西班牙
amazon.nl A1805IZSGTT6HS EUR , netherlands|niederlande|pays-bas|paesi bassi|países bajos|オランダ|荷兰
amazon.com.be AMEN7PMS3EDWL EUR , belgium|belgien|belgique|belgio|bélgica|ベルギー|比利时
amazon.ie A28R8C7NBKEWEA EUR . ireland|irland|irlande|irlanda|アイルランド|爱尔兰
amazon.pl A1C3SOZRARQ6R3 PLN , poland|polen|pologne|polonia|ポーランド|波兰
amazon.se A2NODRKZP88ZB9 SEK , sweden|schweden|suède|svezia|suecia|スウェーデン|瑞典
amazon.com.tr A33AVAJ2PDY3EV TRY , turkey|türkiye|türkei|turquie|turchia|turquía|トルコ|土耳其
amazon.ae A2VIGQ35RCS4UG AED . united arab emirates|uae|vereinigte arabische emirate|émirats arabes unis|emirati arabi uniti|emiratos árabes unidos|アラブ首長国連邦|阿联酋|阿拉伯联合酋长国
amazon.sa A17E79C6D8DWNP SAR . saudi arabia|saudi-arabien|arabie saoudite|arabia saudita|arabia saudí|サウジアラビア|沙特阿拉伯
amazon.in A21TJRUUN4KGV INR . india|indien|inde|インド|印度
amazon.sg A19VAU5U5O7RUS SGD . singapore|singapur|singapour|シンガポール|新加坡
amazon.com.au A39IBJ37TRP1C6 AUD . australia|australien|australie|オーストラリア|澳大利亚
amazon.co.jp A1VC38T7YXB528 JPY . japan|japon|giappone|japón|日本
`;

export const CONSOLE_MARKETPLACES: readonly ConsoleMarketplace[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [, marketplace, id, currency, decimal, names] = /^(\S+) (\S+) (\S+) ([.,]) (.+)$/.exec(line)!;
    return {
      marketplace: marketplace!,
      id: id!,
      currency: currency!,
      decimal: decimal as DecimalMark,
      names: names!.split('|'),
    };
  });

export const CONSOLE_MARKETPLACE_BY_NAME = new Map(CONSOLE_MARKETPLACES.map((c) => [c.marketplace, c]));
export const CONSOLE_MARKETPLACE_BY_ID = new Map(CONSOLE_MARKETPLACES.map((c) => [c.id, c]));
