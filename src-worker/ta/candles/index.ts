import type { TaFunctionSpec } from '../types.js';
import { CDL2CROWS } from './patterns/two-crows.js';
import { CDL3BLACKCROWS } from './patterns/three-black-crows.js';
import { CDL3INSIDE } from './patterns/three-inside.js';
import { CDL3LINESTRIKE } from './patterns/three-line-strike.js';
import { CDL3OUTSIDE } from './patterns/three-outside.js';
import { CDL3STARSINSOUTH } from './patterns/three-stars-in-south.js';
import { CDL3WHITESOLDIERS } from './patterns/three-white-soldiers.js';
import { CDLABANDONEDBABY } from './patterns/abandoned-baby.js';
import { CDLADVANCEBLOCK } from './patterns/advance-block.js';
import { CDLBELTHOLD } from './patterns/belt-hold.js';
import { CDLBREAKAWAY } from './patterns/breakaway.js';
import { CDLCLOSINGMARUBOZU } from './patterns/closing-marubozu.js';
import { CDLCONCEALBABYSWALL } from './patterns/conceal-baby-swallow.js';
import { CDLCOUNTERATTACK } from './patterns/counterattack.js';
import { CDLDARKCLOUDCOVER } from './patterns/dark-cloud-cover.js';
import { CDLDOJI } from './patterns/doji.js';
import { CDLDOJISTAR } from './patterns/doji-star.js';
import { CDLDRAGONFLYDOJI } from './patterns/dragonfly-doji.js';
import { CDLENGULFING } from './patterns/engulfing.js';
import { CDLEVENINGDOJISTAR } from './patterns/evening-doji-star.js';
import { CDLEVENINGSTAR } from './patterns/evening-star.js';
import { CDLGAPSIDESIDEWHITE } from './patterns/gap-side-side-white.js';
import { CDLGRAVESTONEDOJI } from './patterns/gravestone-doji.js';
import { CDLHAMMER } from './patterns/hammer.js';
import { CDLHANGINGMAN } from './patterns/hanging-man.js';
import { CDLHARAMI } from './patterns/harami.js';
import { CDLHARAMICROSS } from './patterns/harami-cross.js';
import { CDLHIGHWAVE } from './patterns/high-wave.js';
import { CDLHIKKAKE } from './patterns/hikkake.js';
import { CDLHIKKAKEMOD } from './patterns/hikkake-modified.js';
import { CDLHOMINGPIGEON } from './patterns/homing-pigeon.js';
import { CDLIDENTICAL3CROWS } from './patterns/identical-three-crows.js';
import { CDLINNECK } from './patterns/in-neck.js';
import { CDLINVERTEDHAMMER } from './patterns/inverted-hammer.js';
import { CDLKICKING, CDLKICKINGBYLENGTH } from './patterns/kicking.js';
import { CDLLADDERBOTTOM } from './patterns/ladder-bottom.js';
import { CDLLONGLEGGEDDOJI } from './patterns/long-legged-doji.js';
import { CDLLONGLINE } from './patterns/long-line.js';
import { CDLMARUBOZU } from './patterns/marubozu.js';
import { CDLMATCHINGLOW } from './patterns/matching-low.js';
import { CDLMATHOLD } from './patterns/mat-hold.js';
import { CDLMORNINGDOJISTAR } from './patterns/morning-doji-star.js';
import { CDLMORNINGSTAR } from './patterns/morning-star.js';
import { CDLONNECK } from './patterns/on-neck.js';
import { CDLPIERCING } from './patterns/piercing.js';
import { CDLRICKSHAWMAN } from './patterns/rickshaw-man.js';
import { CDLRISEFALL3METHODS } from './patterns/rise-fall-three-methods.js';
import { CDLSEPARATINGLINES } from './patterns/separating-lines.js';
import { CDLSHOOTINGSTAR } from './patterns/shooting-star.js';
import { CDLSHORTLINE } from './patterns/short-line.js';
import { CDLSPINNINGTOP } from './patterns/spinning-top.js';
import { CDLSTALLEDPATTERN } from './patterns/stalled-pattern.js';
import { CDLSTICKSANDWICH } from './patterns/stick-sandwich.js';
import { CDLTAKURI } from './patterns/takuri.js';
import { CDLTASUKIGAP } from './patterns/tasuki-gap.js';
import { CDLTHRUSTING } from './patterns/thrusting.js';
import { CDLTRISTAR } from './patterns/tristar.js';
import { CDLUNIQUE3RIVER } from './patterns/unique-three-river.js';
import { CDLUPSIDEGAP2CROWS } from './patterns/upside-gap-two-crows.js';
import { CDLXSIDEGAP3METHODS } from './patterns/upside-downside-gap-three-methods.js';

/** TA-Lib's Pattern Recognition group, in TA-Lib's (alphabetical) order. */
export const candleFunctions: readonly TaFunctionSpec[] = [
  CDL2CROWS,
  CDL3BLACKCROWS,
  CDL3INSIDE,
  CDL3LINESTRIKE,
  CDL3OUTSIDE,
  CDL3STARSINSOUTH,
  CDL3WHITESOLDIERS,
  CDLABANDONEDBABY,
  CDLADVANCEBLOCK,
  CDLBELTHOLD,
  CDLBREAKAWAY,
  CDLCLOSINGMARUBOZU,
  CDLCONCEALBABYSWALL,
  CDLCOUNTERATTACK,
  CDLDARKCLOUDCOVER,
  CDLDOJI,
  CDLDOJISTAR,
  CDLDRAGONFLYDOJI,
  CDLENGULFING,
  CDLEVENINGDOJISTAR,
  CDLEVENINGSTAR,
  CDLGAPSIDESIDEWHITE,
  CDLGRAVESTONEDOJI,
  CDLHAMMER,
  CDLHANGINGMAN,
  CDLHARAMI,
  CDLHARAMICROSS,
  CDLHIGHWAVE,
  CDLHIKKAKE,
  CDLHIKKAKEMOD,
  CDLHOMINGPIGEON,
  CDLIDENTICAL3CROWS,
  CDLINNECK,
  CDLINVERTEDHAMMER,
  CDLKICKING,
  CDLKICKINGBYLENGTH,
  CDLLADDERBOTTOM,
  CDLLONGLEGGEDDOJI,
  CDLLONGLINE,
  CDLMARUBOZU,
  CDLMATCHINGLOW,
  CDLMATHOLD,
  CDLMORNINGDOJISTAR,
  CDLMORNINGSTAR,
  CDLONNECK,
  CDLPIERCING,
  CDLRICKSHAWMAN,
  CDLRISEFALL3METHODS,
  CDLSEPARATINGLINES,
  CDLSHOOTINGSTAR,
  CDLSHORTLINE,
  CDLSPINNINGTOP,
  CDLSTALLEDPATTERN,
  CDLSTICKSANDWICH,
  CDLTAKURI,
  CDLTASUKIGAP,
  CDLTHRUSTING,
  CDLTRISTAR,
  CDLUNIQUE3RIVER,
  CDLUPSIDEGAP2CROWS,
  CDLXSIDEGAP3METHODS
];
