package check

import (
	"slices"
	"strings"
	"sync"
)

// countries are the names of the world's states as news English writes
// them (one name a line of the list, several words joined by spaces), with
// the usual short forms. Written for mtcheck from general knowledge.
var countries = setOf(strings.Split(strings.ReplaceAll(strings.TrimSpace(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|
bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|
burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|chile|china|colombia|comoros|congo|costa rica|
croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|dominican republic|ecuador|egypt|
el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|
grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|
ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|
lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|
mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|
namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|
norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|
romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|
slovakia|slovenia|somalia|south africa|south korea|korea|south sudan|spain|sri lanka|sudan|suriname|sweden|
switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|tunisia|turkey|turkmenistan|
tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|britain|uk|united states|america|us|usa|
uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|scotland|wales|england|greenland`), "\n", ""), "|")...)

// countryOf returns the country the words of a name (lower case, joined by
// spaces) or a word of it name, or its people's adjective ("Kenyan",
// "French"); "" for none.
func countryOf(name string) string {
	if countries[name] {
		return canonicalCountry(name)
	}
	if c, ok := capitals[name]; ok {
		return c
	}
	if c, ok := countryCache.Load(name); ok {
		return c.(string)
	}
	// The longest name the word is a form of: "Nigerian" is Nigeria's,
	// not Niger's; "South Korean" South Korea's.
	found := ""
	head, last := "", name
	if x := strings.LastIndexByte(name, ' '); x >= 0 {
		head, last = name[:x+1], name[x+1:]
	}
	for c := range countries {
		ch, cl := "", c
		if x := strings.LastIndexByte(c, ' '); x >= 0 {
			ch, cl = c[:x+1], c[x+1:]
		}
		if ch == head && placeForm(last, cl) && (len(c) > len(found) || len(c) == len(found) && c < found) {
			found = c
		}
	}
	found = canonicalCountry(found)
	countryCache.Store(name, found)
	return found
}

// capitals stand for their countries in news English ("Moscow said").
var capitals = map[string]string{"moscow": "russia", "kremlin": "russia", "kyiv": "ukraine", "kiev": "ukraine",
	"beijing": "china", "washington": "united states", "white house": "united states", "london": "united kingdom",
	"downing street": "united kingdom", "paris": "france", "elysee": "france", "berlin": "germany", "tokyo": "japan",
	"seoul": "south korea", "pyongyang": "north korea", "delhi": "india", "new delhi": "india", "tehran": "iran",
	"ankara": "turkey", "rome": "italy", "madrid": "spain", "warsaw": "poland", "brasilia": "brazil", "ottawa": "canada",
	"canberra": "australia", "cairo": "egypt", "riyadh": "saudi arabia", "taipei": "taiwan", "minsk": "belarus",
	"baghdad": "iraq", "damascus": "syria", "kabul": "afghanistan", "islamabad": "pakistan", "hanoi": "vietnam",
	"jakarta": "indonesia", "manila": "philippines", "bangkok": "thailand", "nairobi": "kenya", "pretoria": "south africa",
	"abuja": "nigeria", "addis ababa": "ethiopia", "caracas": "venezuela", "havana": "cuba", "mexico city": "mexico",
	"buenos aires": "argentina", "santiago": "chile", "lima": "peru", "bogota": "colombia", "budapest": "hungary",
	"bucharest": "romania", "athens": "greece", "lisbon": "portugal", "stockholm": "sweden", "oslo": "norway",
	"helsinki": "finland", "copenhagen": "denmark", "vienna": "austria", "bern": "switzerland", "brussels": "belgium",
	"hague": "netherlands", "amsterdam": "netherlands", "dublin": "ireland", "jerusalem": "israel", "tel aviv": "israel"}

// countryAliases name one country several ways.
var countryAliases = map[string]string{"holland": "netherlands", "czech republic": "czechia", "burma": "myanmar",
	"britain": "united kingdom", "uk": "united kingdom", "us": "united states", "usa": "united states",
	"america": "united states", "korea": "south korea", "uae": "united arab emirates"}

func canonicalCountry(c string) string {
	if a, ok := countryAliases[c]; ok {
		return a
	}
	return c
}

// countryCache remembers countryOf's answers for words that are not a
// country's name (each costs a pass over the list).
var countryCache sync.Map

// countriesIn returns the countries the words ts name, each once and by
// its canonical name (so that two lists compare by equality), by the
// names around each capitalised word ("South Africa", "Kenyan", "Kenya's").
func countriesIn(text string, ts []Token) []string {
	var out []string
	for k := 0; k < len(ts); k++ {
		if !ts[k].Cap || ts[k].Kind != Word {
			continue
		}
		// The whole name, or its first word when that is a country's
		// ("US State Department", "Kenya's Ruth Chepngetich"), never a
		// later one ("Latin American", "South African", "Central America").
		name := nameAround(text, ts, k, k+1)
		if x := slices.IndexFunc(name, possessive); x >= 0 && x+1 < len(name) {
			if name[0].Start <= ts[k].Start && ts[k].Start <= name[x].Start {
				name = name[:x+1]
			} else {
				name = name[x+1:]
			}
		}
		c := countryOf(normsOf(name))
		if c == "" && name[0].Start == ts[k].Start {
			c = countryOf(ts[k].Norm)
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// normsOf joins the tokens' normal forms with spaces ("united states").
func normsOf(ts []Token) string {
	words := make([]string, len(ts))
	for x, t := range ts {
		words[x] = t.Norm
	}
	return strings.Join(words, " ")
}

// countrySwapped: the sentence names a country its passage does not.
func countrySwapped(c *Context, p *pair) bool {
	inPassage := countriesIn(p.ref.plain, p.b)
	for _, ca := range countriesIn(c.Article.plain, p.a) {
		if !slices.Contains(inPassage, ca) {
			return true
		}
	}
	return false
}

// saysTheCountry: the sentence has "country" or "nation" with nothing
// against it in the passage, and no country named before it — a country
// named by what it is ("our country sent a team to Algeria"; "Kenya …,
// the country's president said" is Kenya's).
func saysTheCountry(p *pair) bool {
	for k, t := range p.a {
		if (t.Lemma == "country" || t.Lemma == "nation") && !t.Cap && p.matchA[k] < 0 {
			return len(countriesIn(p.sent.doc.plain, p.a[:k])) == 0
		}
	}
	return false
}
