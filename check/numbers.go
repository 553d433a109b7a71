package check

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// numFact is a quantity found in text: its value, the digits as written
// (so "1.2" in "1.2 billion" can be found in a source that writes "1.2亿"),
// its unit when one is attached, and the tokens it covers.
type numFact struct {
	value    float64
	mantissa string
	unit     string // normalised unit word ("day", "percent", "dollar"), or ""
	ordinal  bool
	grouped  bool // written with a thousands separator ("1,300": not a year)
	word     bool // an ordinal word ("first", "third"), compared only with ordinals
	// The second number of a score or range written as one token ("6-4",
	// "2019-2023"): both must agree.
	upper         float64
	upperMantissa string
	k0, k1        int // token range [k0, k1) in the word-token list
	// A time of day: the hour and minute as written ("3:49" is 3 and 49).
	clockH, clockM float64
	unitK          int // the token after the number that names its unit ("30 days"), or 0
	// Written with a bare "m" ("4.2m"): millions or metres.
	millionOrMetre bool
	// A rough magnitude ("hundreds of", "tens of thousands of"): the range
	// [value, roughHi) it allows a figure in; 0 for a figure.
	roughHi float64
	// Written with "a" or "an" for one ("a week", "a million").
	article bool
}

// end is the end of the quantity's tokens with a unit word after it.
func (f numFact) end() int { return max(f.k1, f.unitK+1) }

var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "twice": 2, "thrice": 3,
}

// roughMagnitudes are plurals that state an order of magnitude before "of"
// ("dozens of", "hundreds of", "tens of thousands of"): the least figure
// each allows and the bound it stays under, generous to a loose rendering
// ("thousands" for 20,000) and firm between magnitudes ("hundreds" is not
// "thousands").
var roughMagnitudes = map[string][2]float64{
	"dozens": {20, 200}, "scores": {20, 200}, "tens": {10, 100}, "hundreds": {100, 2000},
	"thousands": {1e3, 1e5}, "millions": {1e6, 1e8}, "billions": {1e9, 1e11},
}

// roughAt reads a rough magnitude at token k: "hundreds of", and the
// products "tens of thousands of", "hundreds of millions of".
func roughAt(ts []Token, k int) (numFact, bool) {
	r, ok := roughMagnitudes[ts[k].Norm]
	if !ok || k+1 >= len(ts) || ts[k+1].Norm != "of" || k > 0 && ts[k-1].Kind == Number {
		return numFact{}, false
	}
	f := numFact{value: r[0], roughHi: r[1], mantissa: ts[k].Norm, k0: k, k1: k + 1}
	if k+2 < len(ts) {
		if s, ok := roughMagnitudes[ts[k+2].Norm]; ok && s[0] >= 1e3 && r[0] < 1e3 {
			f.value, f.roughHi, f.k1 = r[0]*s[0], r[0]*s[0]*20, k+3
			f.mantissa += " of " + ts[k+2].Norm
		}
	}
	return f, true
}

// sameRough: a rough magnitude agrees with another of the same magnitude,
// and with a figure in its range.
func sameRough(a, b numFact) bool {
	switch {
	case a.roughHi > 0 && b.roughHi > 0:
		return a.value == b.value
	case a.roughHi > 0:
		return b.value >= a.value && b.value < a.roughHi
	default:
		return a.value >= b.value && a.value < b.roughHi
	}
}

// articleCounts: "a" or "an" is the number one before a unit of time or a
// scale word ("for a week", "more than a year", "a million"), but not after
// a rate ("twice a week", "500 barrels a day") nor before "second", which
// is more often an ordinal ("a second term").
func articleCounts(ts []Token, k int) bool {
	if ts[k].Norm != "a" && ts[k].Norm != "an" || k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	if scaleWords[next.Norm] > 0 && !strings.HasSuffix(next.Norm, "s") {
		return true
	}
	if next.Norm == "second" || strings.HasSuffix(next.Norm, "s") || unitFamily[unitOf(next)] != "time" {
		return false
	}
	// After a hedge ("at least a decade", "nearly a year") it counts; after
	// a noun or a number it is a rate.
	if k > 0 {
		prev := ts[k-1]
		hedge := shareHedges[prev.Norm] || prev.Norm == "least" || prev.Norm == "most"
		if prev.IsContent() && !hedge || prev.Kind == Number || numberWords[prev.Norm] > 0 || prev.Norm == "once" || prev.Norm == "per" {
			return false
		}
	}
	return true
}

// multiplying verbs say how many times as much: "doubled" is twofold.
var multiplying = map[string]float64{"double": 2, "triple": 3, "treble": 3, "quadruple": 4}

// fractionWords end a hyphenated fraction ("two-thirds").
var fractionWords = setOf("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths")

// fractionDenominators: the fraction words and the parts of a whole they
// name ("a quarter" is one part in four).
var fractionDenominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}

// shareWhole reads of how many at token k ("in five", "out of four"): the
// whole and the end of its words.
func shareWhole(ts []Token, k int) (float64, int, bool) {
	switch {
	case k+2 < len(ts) && ts[k].Norm == "out" && ts[k+1].Norm == "of":
		k++
	case k+1 >= len(ts) || ts[k].Norm != "in":
		return 0, 0, false
	}
	g, ok := wholeAt(ts, k+1)
	return g, k + 2, ok
}

func isShareWhole(ts []Token, k int) bool { _, _, ok := shareWhole(ts, k); return ok }

// wholeAt reads the whole of "one in five" at token k: a number word or
// digits (not a year, nor a number with a unit after it).
func wholeAt(ts []Token, k int) (float64, bool) {
	t := ts[k]
	if v, ok := numberWords[t.Norm]; ok && t.Norm != "twice" && t.Norm != "thrice" && t.Norm != "dozen" && t.Norm != "hundred" {
		return v, true
	}
	if t.Kind == Number && allDigits(t.Text) {
		if v, err := strconv.ParseFloat(t.Text, 64); err == nil && !isYearValue(v) && (k+1 >= len(ts) || unitOf(ts[k+1]) == "") {
			return v, true
		}
	}
	return 0, false
}

// shareOfScale reads a share of a scale word as the count it is: "a
// quarter of a million" is 250,000, "three quarters of a billion" 750
// million.
func shareOfScale(ts []Token, f numFact) numFact {
	k := f.k1
	if k+2 < len(ts) && ts[k].Norm == "of" && (ts[k+1].Norm == "a" || ts[k+1].Norm == "one") && scaleWords[ts[k+2].Norm] > 0 {
		v := f.value / 100 * scaleWords[ts[k+2].Norm]
		return numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), k0: f.k0, k1: k + 3}
	}
	return f
}

// shareFact is a fraction of a whole ("a third", "two-thirds", "half"),
// kept as the percentage it is so that it compares with percentages.
func shareFact(percent float64, k0, k1 int) numFact {
	return numFact{value: percent, mantissa: strconv.FormatFloat(math.Round(percent), 'f', -1, 64), unit: "share", k0: k0, k1: k1}
}

// hedges before "half" make it a share ("nearly half last year's").
var shareHedges = setOf("by", "nearly", "almost", "about", "roughly", "around", "than", "over", "under", "just", "only",
	"barely", "some", "fully", "exactly", "precisely", "approximately")

// fractionAt reads a share of a whole at token k: "a third of", "cut by a
// quarter", "one fifth", "half the staff", "nearly half". An ordinal that
// counts ("a third term", "the first quarter", "the second half") is none;
// nor is "half an hour" (a span of time) — "half a million" is a number.
func fractionAt(ts []Token, k int) (numFact, bool) {
	w := ts[k].Norm
	// "double the market rate", "twice last year's": so many times a
	// whole, a share of it as "half the current rate" is.
	m := multiplying[w]
	if w == "twice" {
		m = 2
	}
	if m > 0 && k+1 < len(ts) {
		next := ts[k+1]
		if next.Norm == "the" || next.Norm == "as" || possessives[next.Norm] || next.Norm == "last" || next.Norm == "this" || possessive(next) {
			return shareFact(100*m, k, k+1), true
		}
	}
	d := fractionDenominators[w]
	if d == 0 || strings.HasSuffix(w, "s") {
		return numFact{}, false
	}
	prev, next := "", ""
	if k > 0 {
		prev = ts[k-1].Norm
	}
	if k+1 < len(ts) {
		next = ts[k+1].Norm
	}
	loose := next == "" || next == "of" || !ts[k+1].IsContent() && next != "a" && next != "an"
	if w == "half" {
		switch {
		case prev == "the" || prev == "a" || prev == "an" || ordinalWords[prev] > 0 || prev == "this" || prev == "that" || prev == "each":
			return numFact{}, false
		case (next == "a" || next == "an") && k+2 < len(ts):
			if s := scaleWords[ts[k+2].Norm]; s > 0 {
				return numFact{value: s / 2, mantissa: strconv.FormatFloat(s/2, 'f', -1, 64), k0: k, k1: k + 3}, true
			}
			return numFact{}, false
		case loose || shareHedges[prev] || possessives[next] || next == "last" || next == "all":
			return shareFact(50, k, k+1), true
		}
		return numFact{}, false
	}
	if prev != "a" && prev != "one" || prev == "a" && !loose && !(k > 1 && shareHedges[ts[k-2].Norm]) {
		return numFact{}, false
	}
	return shareFact(100/d, k-1, k+1), true
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
	"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}

var ordinalScales = map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}

var scaleWords = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "bn": 1e9, "mn": 1e6, "tn": 1e12,
}

// unitFamily groups units that can be confused with each other: a 30-day
// truce is not a 30-hour one, but "30 days" and "30 people" are not units of
// one kind and are never compared.
var unitFamily = map[string]string{
	"second": "time", "minute": "time", "hour": "time", "day": "time", "week": "time", "month": "time",
	"year": "time", "decade": "time", "century": "time",
	"millimetre": "length", "millimeter": "length", "centimetre": "length", "centimeter": "length",
	"metre": "length", "meter": "length", "kilometre": "length", "kilometer": "length", "km": "length",
	"mile": "length", "foot": "length", "feet": "length", "inch": "length", "yard": "length", "m": "length",
	"gram": "mass", "kilogram": "mass", "kg": "mass", "tonne": "mass", "ton": "mass", "pound": "mass",
	"clock": "clock", "celsius": "temperature", "fahrenheit": "temperature", "percent": "ratio", "share": "ratio", "per": "ratio", "point": "ratio", "percentage": "ratio", "basis": "ratio",
	"dollar": "money", "euro": "money", "yuan": "money", "yen": "money", "rouble": "money",
	"ruble": "money", "hryvnia": "money", "rupee": "money", "sterling": "money", "won": "money",
	"person": "count", "people": "count",
	"watt": "power", "kilowatt": "power", "megawatt": "power", "gigawatt": "power", "terawatt": "power",
	"watt-hour": "energy", "kilowatt-hour": "energy", "megawatt-hour": "energy", "gigawatt-hour": "energy",
	"terawatt-hour": "energy", "kwh": "energy", "mwh": "energy", "gwh": "energy", "twh": "energy",
	"byte": "data", "kilobyte": "data", "megabyte": "data", "gigabyte": "data", "terabyte": "data",
	"litre": "volume", "liter": "volume", "millilitre": "volume", "milliliter": "volume", "gallon": "volume",
	"milligram": "mass", "microgram": "mass", "hectare": "area", "acre": "area",
}

// unitAliases name one unit written several ways: "10 km" and "10
// kilometres" agree.
var unitAliases = map[string]string{"km": "kilometre", "kilometer": "kilometre", "meter": "metre", "m": "metre",
	"kg": "kilogram", "millimeter": "millimetre", "centimeter": "centimetre", "ruble": "rouble",
	"kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "tw": "terawatt", "liter": "litre", "milliliter": "millilitre",
	"kwh": "kilowatt-hour", "mwh": "megawatt-hour", "gwh": "gigawatt-hour", "twh": "terawatt-hour",
	"ton": "tonne", "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "mm": "millimetre", "cm": "centimetre",
	"mg": "milligram", "ml": "millilitre"}

func unitOf(t Token) string {
	u := strings.TrimSuffix(t.Norm, "s")
	switch t.Norm {
	case "people", "persons":
		return "person"
	case "feet":
		return "foot"
	case "per":
		return "percent"
	case "centuries":
		return "century"
	case "basis":
		return "basis" // "basis points"
	}
	if c, ok := unitAliases[u]; ok {
		return c
	}
	if _, ok := unitFamily[u]; ok {
		return u
	}
	return ""
}

// extractNumbers finds the quantities in a token list.
// text is the document's plain text, which the tokens' offsets index: what
// stands between two numbers tells "18:45" from "24/11" and "12 000".
func extractNumbers(text string, ts []Token) []numFact {
	var out []numFact
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		f, ok := parseNumberToken(t)
		if !ok {
			f, ok = fractionAt(ts, k)
		}
		if !ok {
			if f, ok = roughAt(ts, k); ok {
				out = append(out, f)
				k = f.k1 - 1
				continue
			}
		}
		if !ok {
			if articleCounts(ts, k) {
				f = numFact{value: 1, mantissa: "1", article: true}
				ok = true
			} else if t.Norm == "one" && k+1 < len(ts) && (scaleWords[ts[k+1].Norm] > 0 || ts[k+1].Norm == "hundred" || ordinalScales[ts[k+1].Norm] > 0 ||
				text[t.End:ts[k+1].Start] == "-" && ts[k+1].Kind == Word || isShareWhole(ts, k+1)) {
				// "one million", "one millionth", "one-bedroom", "one in
				// five": a number; "one of them" is not.
				f = numFact{value: 1, mantissa: "1", k0: k, k1: k + 1}
				ok = true
			} else if v, isWord := numberWords[t.Norm]; isWord {
				f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), k0: k, k1: k + 1}
				ok = true
			} else if v, isOrd := ordinalWords[t.Norm]; isOrd && !(t.Norm == "second" && k+1 < len(ts) && ts[k+1].Norm == "half") {
				f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), ordinal: true, word: true, k0: k, k1: k + 1}
				ok = true
			} else if v, isFold := numberWords[strings.TrimSuffix(t.Norm, "fold")]; isFold && strings.HasSuffix(t.Norm, "fold") {
				// fivefold, tenfold
				f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), unit: "fold", k0: k, k1: k + 1}
				ok = true
			} else if v, isMult := multiplying[t.Lemma]; isMult && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing")) {
				// "doubled", "tripling": so many times as much
				f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), unit: "fold", k0: k, k1: k + 1}
				ok = true
			} else if parts := strings.Split(t.Norm, "-"); len(parts) == 2 {
				v, isNum := numberWords[parts[0]]
				v2, isDigit := numberWords[parts[1]]
				if o, isOrd := ordinalWords[parts[0]]; isOrd && parts[1] != "" && !fractionWords[parts[1]] && !isDigit {
					// "second-largest", "third-quarter"
					f = numFact{value: o, mantissa: strconv.FormatFloat(o, 'f', -1, 64), ordinal: true, word: true, k0: k, k1: k + 1}
					ok = true
				}
				if d := fractionDenominators[parts[1]]; d > 0 && (isNum || parts[0] == "one") {
					// "two-thirds", "one-quarter": a share of the whole
					f = shareFact(max(v, 1)*100/d, k, k+1)
					ok = true
				}
				switch {
				case ok:
				case !isNum || fractionWords[parts[1]]:
					// two-thirds, three-quarters: not a count
				case v >= 20 && ordinalWords[parts[1]] > 0 && ordinalWords[parts[1]] < 10:
					// twenty-first
					v += ordinalWords[parts[1]]
					f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), ordinal: true, word: true, k0: k, k1: k + 1}
					ok = true
				case v >= 20 && isDigit && v2 < 10:
					// twenty-five
					v += v2
					f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), k0: k, k1: k + 1}
					ok = true
				case !isDigit && parts[1] != "":
					// six-day, twenty-year: the number and its unit
					f = numFact{value: v, mantissa: strconv.FormatFloat(v, 'f', -1, 64), unit: unitOf(Token{Norm: parts[1]}), k0: k, k1: k + 1}
					ok = true
				}
			}
		}
		if !ok {
			continue
		}
		if f.unit == "share" {
			f = shareOfScale(ts, f)
			out = append(out, f)
			k = f.k1 - 1
			continue
		}
		if f.k1 <= k {
			f.k0, f.k1 = k, k+1 // (not "half a million", read to its end)
		}
		// "the world number two", "No. 2": a rank, an ordinal.
		if k > 0 && (ts[k-1].Norm == "number" || ts[k-1].Norm == "no" && ts[k-1].Cap) && f.unit == "" {
			f.ordinal = true
		}
		if allDigits(t.Text) {
			groupedBySpaces(text, ts, &f)
			clockTime(text, ts, &f)
		}
		// "two and a half million"
		if f.k1+2 < len(ts) && ts[f.k1].Norm == "and" && ts[f.k1+1].Norm == "a" && ts[f.k1+2].Norm == "half" {
			f.value += 0.5
			f.k1 += 3
		}
		// "two hundred", "1.2 billion", "3 million"
		for f.k1 < len(ts) {
			n := ts[f.k1].Norm
			if s, isScale := scaleWords[n]; isScale {
				f.value *= s
				f.k1++
				continue
			}
			if n == "hundred" {
				f.value *= 100
				f.k1++
				continue
			}
			if s, isOrd := ordinalScales[n]; isOrd {
				// "ten millionth": an ordinal
				f.value *= s
				f.ordinal = true
				f.k1++
			}
			break
		}
		// "one in five", "three out of four": a share of the whole, as "20
		// percent" is.
		if f.unit == "" && !f.ordinal && f.upperMantissa == "" {
			if g, end, ok := shareWhole(ts, f.k1); ok && g > f.value && g <= 1000 {
				f = shareFact(100*f.value/g, f.k0, end)
			}
		}
		// "three times the size", "four times last year's": so many times a
		// whole, as "twice the size" is.
		if f.unit == "" && !f.ordinal && f.k1+1 < len(ts) && ts[f.k1].Norm == "times" {
			if next := ts[f.k1+1]; next.Norm == "the" || next.Norm == "as" || next.Norm == "last" || next.Norm == "this" || possessives[next.Norm] || possessive(next) {
				f = shareFact(100*f.value, f.k0, f.k1+1)
			}
		}
		// "three quarters", "two thirds": a share of the whole
		if f.unit == "" && !f.ordinal && f.k1 < len(ts) && fractionDenominators[ts[f.k1].Norm] > 0 && strings.HasSuffix(ts[f.k1].Norm, "s") {
			f = shareOfScale(ts, shareFact(f.value*100/fractionDenominators[ts[f.k1].Norm], f.k0, f.k1+1))
		}
		if f.unit == "" && f.k1 < len(ts) {
			temperature(text, ts, &f)
		}
		if f.unit == "" && f.k1 < len(ts) {
			next := ts[f.k1]
			if next.Norm == "percent" || next.Norm == "per" && f.k1+1 < len(ts) && ts[f.k1+1].Norm == "cent" {
				f.unit = "percent"
			} else if u := unitOf(next); u != "" {
				f.unit, f.unitK = u, f.k1
			}
		}
		out = append(out, f)
		k = f.k1 - 1
	}
	return out
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// groupedBySpaces reads thousands grouped by a space, a no-break space or
// a thin space ("12 000", "1 200 000") as one number: a group of one to
// three digits, then groups of three, nothing but such a space between.
func groupedBySpaces(text string, ts []Token, f *numFact) {
	if len(f.mantissa) > 3 {
		return
	}
	for f.k1 < len(ts) {
		g := ts[f.k1]
		if len(g.Text) != 3 || !allDigits(g.Text) || strings.Trim(between(text, ts, f.k1), " \u00a0\u202f\u2009") != "" || between(text, ts, f.k1) == "" {
			return
		}
		v, _ := strconv.ParseFloat(g.Text, 64)
		f.value = f.value*1000 + v
		f.mantissa += g.Text
		f.grouped = true
		f.k1++
	}
}

// between is the text between token k-1 and token k.
func between(text string, ts []Token, k int) string {
	if k <= 0 || k >= len(ts) || ts[k-1].End > ts[k].Start || ts[k].Start > len(text) {
		return ""
	}
	return text[ts[k-1].End:ts[k].Start]
}

// clockTime reads a time of day ("18:45", "6:45 pm", "6:45pm", "6 pm",
// "6:45 in the evening") as minutes after midnight, in the unit "clock", so
// that "18:45" is "6:45 pm" and not "6:45 am". The hour and minute are kept
// for a race time the passage writes out ("3:49" / "3 minutes 49 seconds").
// "2:16:05" is a race time, "24/11" or "9/11" no time at all.
func clockTime(text string, ts []Token, f *numFact) {
	if f.grouped || f.value > 23 || len(f.mantissa) > 2 {
		return
	}
	h, m, k1 := f.value, 0.0, f.k1
	half := ""
	if k1 < len(ts) && between(text, ts, k1) == ":" {
		mm := ts[k1].Text
		if len(mm) == 4 && (strings.HasSuffix(mm, "am") || strings.HasSuffix(mm, "pm")) {
			mm, half = mm[:2], mm[2:] // "6:45pm"
		}
		if len(mm) != 2 || !allDigits(mm) {
			return
		}
		if k1+1 < len(ts) && between(text, ts, k1+1) == ":" {
			return // "2:16:05", a race time
		}
		m, _ = strconv.ParseFloat(mm, 64)
		k1++
	}
	if half == "" {
		half, k1 = dayHalf(ts, k1)
	}
	if k1 == f.k1 || m >= 60 || half != "" && (h < 1 || h > 12) {
		return // a number alone, not a time
	}
	f.clockH, f.clockM = f.value, m
	f.value, f.unit, f.k1 = clockMinutes(h, m, half), "clock", k1
}

// clockWritten: the plain number n writes the time of day t as its hour
// ("10" for "10 a.m.") or as hours.minutes ("18.45", "6.45" for 18:45).
func clockWritten(t, n numFact) bool {
	if t.clockM == 0 && sameValue(t.clockH, n.value) {
		return true
	}
	_, frac, ok := strings.Cut(n.mantissa, ".")
	if !ok || len(frac) != 2 {
		return false
	}
	h, m := math.Trunc(n.value), math.Round((n.value-math.Trunc(n.value))*100)
	return m == t.clockM && (h*60+m == t.value || h < 12 && (h+12)*60+m == t.value)
}

// dayHalf reads "am", "pm", "a.m.", "in the morning", "in the evening", "at
// night" at token k: "am", "pm" or "", and the token after it.
func dayHalf(ts []Token, k int) (string, int) {
	if k >= len(ts) {
		return "", k
	}
	switch strings.ReplaceAll(ts[k].Norm, ".", "") {
	case "am":
		return "am", k + 1
	case "pm":
		return "pm", k + 1
	}
	if k+2 < len(ts) && ts[k].Norm == "in" && ts[k+1].Norm == "the" {
		switch ts[k+2].Norm {
		case "morning":
			return "am", k + 3
		case "afternoon", "evening":
			return "pm", k + 3
		}
	}
	if k+1 < len(ts) && ts[k].Norm == "at" && ts[k+1].Norm == "night" {
		return "pm", k + 2
	}
	return "", k
}

// clockMinutes: minutes after midnight of h:m in the half of the day given.
func clockMinutes(h, m float64, half string) float64 {
	switch {
	case half == "pm" && h < 12:
		h += 12
	case half == "am" && h == 12:
		h = 0
	}
	return h*60 + m
}

// withDigitsOf corrects the number written w with the figures of the
// passage's r, keeping w's own signs and endings ("32%" with "23 percent"'s
// 23 is "23%", "€830,000" with "380,000" "€380,000", "21" with "12th"
// "12"); a number in words takes r whole.
func withDigitsOf(w, r string) string {
	run := func(s string) (int, int) {
		i := strings.IndexAny(s, "0123456789")
		if i < 0 {
			return -1, -1
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		return i, j
	}
	wi, wj := run(w)
	ri, rj := run(r)
	if wi < 0 || ri < 0 {
		return r
	}
	return w[:wi] + r[ri:rj] + w[wj:]
}

// unitPlural names a unit in a message: "kilometres", "degrees Celsius".
func unitPlural(u string) string {
	switch u {
	case "celsius", "fahrenheit":
		return "degrees " + strings.ToUpper(u[:1]) + u[1:]
	case "century":
		return "centuries"
	case "basis", "percentage":
		return u + " points"
	}
	return u + "s"
}

// temperature reads the scale of a temperature: "45°C", "45 °F", "45
// degrees Celsius".
func temperature(text string, ts []Token, f *numFact) {
	k := f.k1
	if ts[k].Lemma == "degree" && k+1 < len(ts) {
		k++
	} else if !strings.Contains(between(text, ts, k), "°") {
		return // "45 C" with no degree sign is no temperature
	}
	switch ts[k].Norm {
	case "c", "celsius", "centigrade":
		f.unit, f.unitK = "celsius", k
	case "f", "fahrenheit":
		f.unit, f.unitK = "fahrenheit", k
	}
}

// parseNumberToken reads "9", "1,300", "3.5%", "$1.2bn", "30-day", "8th", "2023".
func parseNumberToken(t Token) (numFact, bool) {
	if t.Kind != Number {
		return numFact{}, false
	}
	s := strings.ToLower(foldQuotes(t.Text))
	var f numFact
	switch {
	case strings.HasPrefix(s, "$"):
		f.unit, s = "dollar", s[1:]
	case strings.HasPrefix(s, "€"):
		f.unit, s = "euro", strings.TrimPrefix(s, "€")
	case strings.HasPrefix(s, "£"):
		f.unit, s = "pound", strings.TrimPrefix(s, "£")
	case strings.HasPrefix(s, "¥"):
		f.unit, s = "yuan", strings.TrimPrefix(s, "¥")
	}
	// The digits, then whatever letters follow (suffix or hyphenated unit).
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	digits, rest := strings.ReplaceAll(s[:i], ",", ""), s[i:]
	f.grouped = strings.Contains(s[:i], ",")
	if digits == "" {
		return numFact{}, false
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return numFact{}, false
	}
	f.value, f.mantissa = v, digits
	// An ISO date ("2023-02-11") is its year here, not a range.
	if isYearValue(v) && len(digits) == 4 && len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && allDigits(rest[1:3]+rest[4:]) {
		return f, true
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "-"), "–")
	// A range or score: "6-4", "10-15%", "10,000-15,000", "2023-24".
	j := 0
	for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.' || rest[j] == ',') {
		j++
	}
	if u, err := strconv.ParseFloat(strings.ReplaceAll(rest[:j], ",", ""), 64); err == nil && j > 0 {
		f.upperMantissa = strings.ReplaceAll(rest[:j], ",", "")
		// "2023-24" is "2023-2024".
		if isYearValue(v) && len(f.upperMantissa) == 2 {
			century := math.Floor(v/100) * 100
			if u += century; u < v {
				u += 100
			}
			f.upperMantissa = strconv.FormatFloat(u, 'f', -1, 64)
		}
		f.upper, rest = u, rest[j:]
	}
	switch {
	case rest == "":
	case rest == "%":
		f.unit = "percent"
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		f.ordinal = true
	case rest == "bn" || rest == "b":
		f.value *= 1e9
	case rest == "m" || rest == "mn":
		f.value *= 1e6
		f.millionOrMetre = rest == "m" && f.unit == ""
	case rest == "k":
		f.value *= 1e3
	case rest == "tn" || rest == "trn":
		f.value *= 1e12
	case (rest == "am" || rest == "pm") && v < 13 && f.upperMantissa == "":
		// "6pm", "6.45pm": a time of day.
		h, m := math.Trunc(v), 0.0
		if _, frac, ok := strings.Cut(digits, "."); ok {
			if len(frac) != 2 {
				return numFact{}, false
			}
			m, _ = strconv.ParseFloat(frac, 64)
		}
		f.clockH, f.clockM = h, m
		f.value, f.unit = clockMinutes(h, m, rest), "clock"
	default:
		word := strings.TrimSuffix(rest, "s")
		if c, ok := unitAliases[word]; ok {
			f.unit = c
		} else if _, ok := unitFamily[word]; ok {
			f.unit = word
		} else if word == "year-old" || strings.HasPrefix(rest, "year") {
			f.unit = "year"
		}
	}
	return f, true
}

// isYearValue: a whole number that can be a year.
func isYearValue(v float64) bool { return v >= 1000 && v <= 2999 && v == math.Trunc(v) }

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

type numberCheck struct{}

func init() { register(numberCheck{}) }

func (numberCheck) Info() Info {
	return Info{ID: "number-mismatch", Title: "Number, date or quantity differs from the reference", Category: CatMistranslation,
		Severity: Major, NeedsRef: true,
		Doc: `Compares the quantities of a sentence with those of its reference passage (and with the
source text, when given): numerals, number words ("nine"), scales ("1.2bn", "1.2 billion"),
percentages, currencies, ordinals, and the unit attached to a number ("30-day" vs "30-hour",
"1.5 megawatts" vs "1.5 gigawatts", "50 percentage points" vs "50 basis points"; time, length,
mass, power, energy, data, volume, area, rates: "0.5 percentage points" is 50 basis points),
plus month and weekday names ("May 8" vs "May 9", "Tuesday" vs "Wednesday"), times of day
("18:45" is "6:45 pm", not "6:45 am") and temperature scales ("45°F" vs "45 degrees Celsius"). A number the
passage does not have is flagged when the passage has a different one in its place; one that
appears in the source is taken as supported. Numbers with nothing to compare against are left
alone. Shares and multiples of a whole are numbers ("by a quarter" / "by a third", "three
quarters", "double today's rate" / "half the current rate", "three times the size" / "twice as
much", "one in five" / "three out of four") that agree with a percentage within
3.5 points ("a third" / 33%) and are never read against a count. Rough magnitudes are numbers
("hundreds of" / "thousands of", "tens of thousands"): they disagree with another magnitude and
agree with a figure in their range ("thousands" / "about 5,000"). "A" before a unit of time or a
scale word is one ("by more than a minute" / "three minutes", "a million", and "a quarter of a
million" 250,000; not after a rate,
"500,000 barrels a day", nor "a second", more often an ordinal). Of two equal numbers, the one in
the passage's frame is matched to the passage's, so the finding is on the one changed ("up to
three hours … on three lines" / "two hours … three lines").`}
}

func (chk numberCheck) Run(c *Context) []Finding {
	var srcDigits map[string]bool
	if c.Source != nil {
		srcDigits = sourceNumbers(c.Source.Text)
	}
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil {
			continue
		}
		na, nb := p.numbers()
		usedB := make([]bool, len(nb))
		// A number the passage has twice or more is matched first where its
		// frame is the same: "delays of up to three hours … on three
		// lines" against "two hours … three lines" is wrong in its hours.
		// pick takes the first free passage number a can stand for; framed,
		// only one in the same frame.
		pick := func(a numFact, framed bool) int {
			for j, b := range nb {
				if !usedB[j] && sameQuantity(a, b) && comparableFacts(a, b) && (!framed || numberFrame(p, a, b) > 0) {
					usedB[j] = true
					return j
				}
			}
			return -1
		}
		matched := make([]int, len(na))
		for ai, a := range na {
			matched[ai] = pick(a, true)
		}
		var unsupported []numFact
		for ai, a := range na {
			if matched[ai] < 0 {
				matched[ai] = pick(a, false)
			}
			if matched[ai] < 0 {
				unsupported = append(unsupported, a)
				continue
			}
			b := nb[matched[ai]]
			if a.unit != "" && b.unit != "" && a.unit != b.unit && unitFamily[a.unit] == unitFamily[b.unit] && unitFamily[a.unit] != "" &&
				a.unit != "share" && b.unit != "share" && !sameSpan(a, b) {
				out = append(out, c.numberFinding(chk, i, p, a, b, fmt.Sprintf("%s is in %s where the reference has %s", quote(c.Article.Display(p.a[a.k0].Start, p.a[a.end()-1].End)), unitPlural(a.unit), unitPlural(b.unit))))
			}
		}
		var freeB []numFact
		for j, b := range nb {
			if !usedB[j] {
				freeB = append(freeB, b)
			}
		}
		for _, a := range unsupported {
			if srcDigits != nil && srcDigits[a.mantissa] && (a.upperMantissa == "" || srcDigits[a.upperMantissa]) {
				continue
			}
			if rangeWrittenOut(a, na, nb) || a.unit == "clock" && writtenOut(nb, a.clockH, a.clockM) {
				continue
			}
			// A share stands only for a share or a percentage: "twelve
			// years" is not read against a "half" that happens to be nearer.
			b, ok := nearestFact(p, a, slices.DeleteFunc(slices.Clone(freeB), func(b numFact) bool {
				return (a.unit == "share" || b.unit == "share") && !comparableFacts(a, b)
			}))
			if !ok {
				continue
			}
			// A year against a day of the month is not a swap of one for the
			// other; nor is "the 11th" (a day) against "4 people" (a count).
			// "For the 11th time" against "12 times" is one.
			if !comparableFacts(a, b) || a.ordinal != b.ordinal && !dated(p.a, a) && !dated(p.b, b) && (dayLike(p.a, a) || dayLike(p.b, b)) {
				continue
			}
			// "three minutes" where the reference has "a minute": the
			// unit says what "a" counts.
			ea, eb := a.k1, b.k1
			if a.article || b.article {
				ea, eb = a.end(), b.end()
			}
			msg := fmt.Sprintf("%s where the reference has %s", quote(c.Article.Display(p.a[a.k0].Start, p.a[ea-1].End)), quote(joinTokens(p.ref, p.b[b.k0:eb])))
			out = append(out, c.numberFinding(chk, i, p, a, b, msg))
		}
		out = append(out, c.calendarFindings(chk, i, p)...)
	}
	return out
}

// sameQuantities: the region's words on the sentence's side all belong to
// quantities the passage states, written another way ("18:45" / "6:45 pm").
func sameQuantities(p *pair, r region) bool {
	na, nb := p.numbers()
	for k := r.A0; k < r.A1; k++ {
		if !slices.ContainsFunc(na, func(f numFact) bool {
			return k >= f.k0 && k < f.k1 && slices.ContainsFunc(nb, func(g numFact) bool { return sameQuantity(f, g) })
		}) {
			return false
		}
	}
	return true
}

// renderedQuantity: passage token j is part of a quantity — its number or
// unit word — the sentence states too, written another way ("46 million
// euros" / "€46 million").
func renderedQuantity(p *pair, j int) bool {
	na, nb := p.numbers()
	return slices.ContainsFunc(nb, func(g numFact) bool {
		return j >= g.k0 && j < g.end() && slices.ContainsFunc(na, func(f numFact) bool { return sameQuantity(f, g) })
	})
}

// writtenOut: the passage has the numbers vs as numbers of their own
// ("3 minutes 49 seconds" for "3:49").
func writtenOut(nb []numFact, vs ...float64) bool {
	for _, v := range vs {
		if !slices.ContainsFunc(nb, func(b numFact) bool { return b.unit != "clock" && b.upperMantissa == "" && sameValue(b.value, v) }) {
			return false
		}
	}
	return true
}

// rangeWrittenOut: a is a range the passage writes as two numbers ("2-3"
// / "between 2 and 3"), or one end of a range the passage writes as one
// token whose other end the sentence has too ("between 2 and 3" / "2-3";
// not "3%" alone for "2-3%").
func rangeWrittenOut(a numFact, na, nb []numFact) bool {
	if a.upperMantissa != "" {
		return writtenOut(nb, a.value, a.upper)
	}
	return slices.ContainsFunc(nb, func(b numFact) bool {
		// ("one" is no number the sentence's facts hold: "by two goals to
		// one" for "2-1".)
		other := func(v float64) bool { return v == 1 || writtenOut(na, v) }
		return b.upperMantissa != "" && (sameValue(a.value, b.value) && other(b.upper) || sameValue(a.value, b.upper) && other(b.value))
	})
}

// dated: the number stands beside a month name ("February 10", "10
// February").
func dated(ts []Token, f numFact) bool {
	return f.k0 > 0 && slices.Contains(months, ts[f.k0-1].Norm) || f.k1 < len(ts) && slices.Contains(months, ts[f.k1].Norm)
}

// spanYears converts the units of long spans of time to years, so that "two
// decades" is "twenty years"; spanHours the short ones to hours, so that a
// "48-hour strike" is a "two-day" one. (A month has no fixed length.)
var spanYears = map[string]float64{"month": 1.0 / 12, "year": 1, "decade": 10, "century": 100}
var spanHours = map[string]float64{"second": 1.0 / 3600, "minute": 1.0 / 60, "hour": 1, "day": 24, "week": 168}

// metricScales convert the metric units of one kind to a base unit, so that
// "1.2 km" is "1,200 metres" and "1.5 gigawatts" "1,500 megawatts". Data
// units convert both ways, as people write them: "4 GB" is "4,000 MB" and
// "4,096 MB".
var metricScales = []map[string]float64{
	{"millimetre": 0.001, "centimetre": 0.01, "metre": 1, "kilometre": 1000},
	{"milligram": 0.001, "gram": 1, "kilogram": 1000, "tonne": 1e6},
	{"watt": 1, "kilowatt": 1e3, "megawatt": 1e6, "gigawatt": 1e9, "terawatt": 1e12},
	{"watt-hour": 1, "kilowatt-hour": 1e3, "megawatt-hour": 1e6, "gigawatt-hour": 1e9, "terawatt-hour": 1e12},
	{"byte": 1, "kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12},
	{"byte": 1, "kilobyte": 1 << 10, "megabyte": 1 << 20, "gigabyte": 1 << 30, "terabyte": 1 << 40},
	{"millilitre": 0.001, "litre": 1},
}

// basisPoints convert rates: "0.5 percentage points" and "half a percent"
// are 50 basis points (but "5 percent" is not "5 percentage points").
var basisPoints = []map[string]float64{{"percentage": 100, "basis": 1}, {"percent": 100, "basis": 1}}

// conversions are the tables sameSpan converts by, built once.
var conversions = append(append([]map[string]float64{spanYears, spanHours}, metricScales...), basisPoints...)

// sameSpan: two spans of time in different units that convert.
func sameSpan(a, b numFact) bool {
	if a.unit == b.unit {
		return false
	}
	for _, table := range conversions {
		fa, okA := table[a.unit]
		fb, okB := table[b.unit]
		if okA && okB && sameValue(a.value*fa, b.value*fb) {
			return true
		}
	}
	return false
}

// sameQuantity: the two facts state the same value, in the same unit or in
// two units of time that convert ("two decades" / "20 years").
func sameQuantity(a, b numFact) bool {
	if a.upperMantissa != "" && b.upperMantissa != "" && !sameValue(a.upper, b.upper) {
		return false // "6-4" is not "6-2"
	}
	if (a.upperMantissa != "") != (b.upperMantissa != "") {
		return false // a score, "2-1", is not "twice"; a range, "2-3%", not "2%"
	}
	if a.roughHi > 0 || b.roughHi > 0 {
		return sameRough(a, b)
	}
	// "10 a.m." and "at 10": the hour, as written; "18:45" and "18.45".
	if a.unit == "clock" && b.unit == "" && clockWritten(a, b) || b.unit == "clock" && a.unit == "" && clockWritten(b, a) {
		return true
	}
	if sameValue(a.value, b.value) {
		return true
	}
	// "4.2m" is 4.2 million or 4.2 metres: a "4.2-metre" mirror agrees.
	if metresWritten(a, b) || metresWritten(b, a) {
		return true
	}
	// "a third" is 33%, "about half" 48%: a share is a round figure.
	if (a.unit == "share" || b.unit == "share") && unitFamily[a.unit] == "ratio" && unitFamily[b.unit] == "ratio" {
		return math.Abs(a.value-b.value) <= 3.5
	}
	return sameSpan(a, b)
}

// metresWritten: a is written "4.2m" and b is 4.2 metres.
func metresWritten(a, b numFact) bool {
	v, err := strconv.ParseFloat(a.mantissa, 64)
	return a.millionOrMetre && b.unit == "metre" && err == nil && sameValue(v, b.value)
}

// dayLike: an ordinal that can be a day of the month, with no counted noun
// after it ("on the 11th", not "the 11th time").
func dayLike(ts []Token, f numFact) bool {
	return f.ordinal && !f.word && f.value <= 31 && (f.k1 >= len(ts) || !ts[f.k1].IsContent())
}

func comparableFacts(a, b numFact) bool {
	isYear := func(f numFact) bool {
		return f.value >= 1000 && f.value <= 2999 && f.value == math.Trunc(f.value) && f.unit == "" && !f.grouped && len(f.mantissa) == 4
	}
	if isYear(a) && len(b.mantissa) <= 2 || isYear(b) && len(a.mantissa) <= 2 {
		return false
	}
	// A rough magnitude is a count: "hundreds of" is not read against a
	// year, a rank, a percentage or a span of time.
	if a.roughHi > 0 && !countLike(b, isYear) || b.roughHi > 0 && !countLike(a, isYear) {
		return false
	}
	// "first" and "second" are ordinals only against ordinals ("the second
	// round" is not "two rounds"; "a second" may be time).
	if (a.word || b.word) && a.ordinal != b.ordinal {
		return false
	}
	if a.unit != "" && b.unit != "" && unitFamily[a.unit] != unitFamily[b.unit] {
		return false
	}
	// A share compares only with a share or a percentage ("a third of the
	// nine members" is not "three").
	if a.unit == "share" && unitFamily[b.unit] != "ratio" || b.unit == "share" && unitFamily[a.unit] != "ratio" {
		return false
	}
	return true
}

// countLike: f can be a count of things or money.
func countLike(f numFact, isYear func(numFact) bool) bool {
	fam := unitFamily[f.unit]
	return !f.ordinal && !isYear(f) && (f.unit == "" || fam == "count" || fam == "money")
}

// nearestFact picks the passage number that stands where the sentence's
// number stands: in the same diff region if there is one, else the closest by
// relative position.
func nearestFact(p *pair, a numFact, free []numFact) (numFact, bool) {
	if len(free) == 0 {
		return numFact{}, false
	}
	for _, r := range p.regions {
		if a.k0 >= r.A0 && a.k0 < r.A1 {
			for _, b := range free {
				if b.k0 >= r.B0 && b.k0 < r.B1 {
					return b, true
				}
			}
		}
	}
	best, bestD := free[0], math.Inf(1)
	pa := float64(a.k0) / float64(max(1, len(p.a)))
	for _, b := range free {
		d := math.Abs(pa - float64(b.k0)/float64(max(1, len(p.b))))
		if d < bestD {
			best, bestD = b, d
		}
	}
	return best, true
}

func (c *Context) numberFinding(chk Check, i int, p *pair, a, b numFact, msg string) Finding {
	start, end := p.a[a.k0].Start, p.a[a.k1-1].End
	// Units that differ: the span and the correction take the unit words
	// too ("30 hours" → "30 days"). The same amount in another unit of the
	// same kind is evidence enough on its own, however loose the rest of
	// the rendering (it flags the sentence). So does a number written "a"
	// ("three minutes" → "a minute").
	unitsDiffer := a.unit != b.unit && a.unit != "" && b.unit != ""
	if unitsDiffer || a.article || b.article {
		start, end = p.a[a.k0].Start, p.a[a.end()-1].End
		f := c.finding(chk, i, start, end, msg)
		f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, p.b[b.k0:b.end()])
		if unitsDiffer {
			f.pinned = a.value == b.value && unitFamily[a.unit] == unitFamily[b.unit]
		} else {
			f.pinned = numberFrame(p, a, b) >= 2
		}
		return f
	}
	f := c.finding(chk, i, start, end, msg)
	f.Evidence = c.passageEvidence(i)
	if a.k1-a.k0 == 1 && b.k1-b.k0 == 1 {
		f.Suggestion = withDigitsOf(p.a[a.k0].Text, p.b[b.k0].Text)
	}
	f.pinned = numberFrame(p, a, b) >= 2
	return f
}

// numberFrame counts how much of the frame of two numbers is the same: the
// word before, the word after and the unit. Another number in the same
// frame is evidence enough on its own to flag the sentence when two of them
// are ("over the coming three weeks" / "two weeks", "to 59 minutes." / "to
// 95 minutes.", "some 900 km above" / "about 700 kilometres above"), and
// the frame tells which of two equal numbers stands for the passage's.
func numberFrame(p *pair, a, b numFact) int {
	frame := 0
	if a.k0 > 0 && b.k0 > 0 && p.matchA[a.k0-1] == b.k0-1 {
		frame++
	}
	if a.end() < len(p.a) && b.end() < len(p.b) && p.matchA[a.end()] == b.end() {
		frame++
	}
	if a.unit != "" && a.unit == b.unit {
		frame++
	}
	return frame
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// calendarFindings compares month and weekday names. "May" counts as a month
// only when capitalised and next to a number, as in "May 8" or "8 May".
func (c *Context) calendarFindings(chk Check, i int, p *pair) []Finding {
	var out []Finding
	for _, set := range [][]string{months, weekdays} {
		ta, tb := calendarTokens(p.a, set), calendarTokens(p.b, set)
		if len(ta) == 0 || len(tb) == 0 {
			continue
		}
		for _, k := range ta {
			if p.inPassage(p.a[k]) {
				continue
			}
			var other []int
			for _, j := range tb {
				if !p.inSentence(p.b[j]) {
					other = append(other, j)
				}
			}
			if len(other) == 0 {
				continue
			}
			j := other[0]
			b := p.b[j]
			f := c.finding(chk, i, p.a[k].Start, p.a[k].End, fmt.Sprintf("%s where the reference has %s", quote(p.a[k].Text), quote(b.Text)))
			f.Evidence, f.Suggestion = c.passageEvidence(i), b.Text
			// The one other day or month, after the same word ("on
			// Thursday" / "on Tuesday") or beside the same day ("15
			// September" / "October 15"), is evidence enough to flag.
			f.pinned = len(other) == 1 && (k > 0 && j > 0 && p.matchA[k-1] == j-1 || sameDayBeside(p, k, j))
			out = append(out, f)
		}
	}
	return out
}

// sameDayBeside: the month at a[k] and the one at b[j] each have a number
// beside them, the same ("15 September" / "October 15").
func sameDayBeside(p *pair, k, j int) bool {
	day := func(ts []Token, i int) string {
		for _, n := range []int{i - 1, i + 1} {
			if n >= 0 && n < len(ts) && ts[n].Kind == Number {
				return ts[n].Norm
			}
		}
		return ""
	}
	d := day(p.a, k)
	return d != "" && d == day(p.b, j)
}

func calendarTokens(ts []Token, set []string) []int {
	var out []int
	for k, t := range ts {
		if t.Kind != Word || len(t.Norm) < 3 || !t.Cap && !isCalendarWord(t.Norm) {
			continue
		}
		name := calendarName(t.Norm, set)
		if name == "" {
			continue
		}
		// "May" and "March" are months beside a number ("May 8"), or
		// inside a sentence after a word that takes a date ("since
		// March", "in May").
		if name == "may" || name == "march" {
			nextNum := k+1 < len(ts) && ts[k+1].Kind == Number
			prevNum := k > 0 && ts[k-1].Kind == Number
			prevDate := k > 0 && datePrepositions[ts[k-1].Norm]
			if !t.Cap || !nextNum && !prevNum && !prevDate {
				continue
			}
		}
		out = append(out, k)
	}
	return out
}

func isCalendarWord(norm string) bool { return monthsDays[norm] }

// datePrepositions stand before a month ("since March", "until May").
var datePrepositions = setOf("in", "since", "until", "till", "by", "from", "before", "after", "during", "last", "next", "early", "late", "mid", "through", "between")

var calendarAbbrevs = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// calendarName returns the full name in set that norm is or abbreviates
// (capitalised "Feb" for "february"), or "".
func calendarName(norm string, set []string) string {
	for _, name := range set {
		// "on Thursdays" names the day as "on Thursday" does.
		if norm == name || len(norm) == len(name)+1 && norm[len(name)] == 's' && strings.HasPrefix(norm, name) && strings.HasSuffix(name, "day") ||
			calendarAbbrevs[norm] && strings.HasPrefix(name, norm) {
			return name
		}
	}
	return ""
}

// sourceNumbers collects the digit strings of a source text (ASCII and
// full-width digits), with thousands separators removed.
func sourceNumbers(text string) map[string]bool {
	out := map[string]bool{}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			s := strings.Trim(b.String(), ".")
			if s != "" {
				out[s] = true
				if v, err := strconv.ParseFloat(s, 64); err == nil {
					out[strconv.FormatFloat(v, 'f', -1, 64)] = true
				}
			}
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case (r == '.' || r == '．') && b.Len() > 0:
			b.WriteRune('.')
		case (r == ',' || r == '，') && b.Len() > 0:
		default:
			flush()
		}
	}
	flush()
	return out
}
