package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

type checkCase struct {
	name     string
	article  string
	ref      string // "" for no reference
	source   string
	glossary string
	// span is the text the finding must cover ("" with clean: true)
	span  string
	sev   Severity
	clean bool
	// flagged: the finding must also flag the sentence.
	flagged bool
}

func runCase(t *testing.T, tc checkCase) *Result {
	t.Helper()
	in := Input{Article: Parse("article.txt", tc.article, ParseOptions{})}
	if tc.ref != "" {
		in.Refs = []*Document{Parse("ref.txt", tc.ref, ParseOptions{})}
	}
	if tc.source != "" {
		in.Source = Parse("src.txt", tc.source, ParseOptions{})
	}
	if tc.glossary != "" {
		g, err := ParseGlossary("terms.txt", tc.glossary)
		if err != nil {
			t.Fatal(err)
		}
		in.Glossary = g
	}
	return Run(in, Options{})
}

// Around a preposition alone, two nouns in the other order are exchanged
// only under the same word: "alerted police to irregularities" / "reported
// irregularities to the police" has two verbs (from the fourteenth review).
func TestExchangeNeedsTheSameGoverningWord(t *testing.T) {
	r := runCase(t, checkCase{article: "The case started when a worker in the planning department alerted police to irregularities.",
		ref: "The case began when an employee of the planning department reported irregularities to the police."})
	for _, f := range r.Findings() {
		if f.Check == "divergence" && f.Severity >= Major {
			t.Errorf("major divergence: %s", f.Message)
		}
	}
}

// Among negations the passage answers, the finding points at the one whose
// verb the passage affirms ("has not agreed" / "has agreed"), not the first
// (from the sixteenth review).
func TestNegationPointsAtTheAddedNot(t *testing.T) {
	article := "The collector, who was not named, has not agreed to return it."
	r := runCase(t, checkCase{article: article, ref: "The collector, whose name was not released, has agreed to return it."})
	want := strings.Index(article, "has not") + len("has ")
	for _, f := range r.Findings() {
		if f.Check == "negation" {
			if f.Start != want {
				t.Errorf("negation finding at %d (%q), want %d", f.Start, article[f.Start:], want)
			}
			return
		}
	}
	t.Errorf("no negation finding:%s", describeFindings(r))
}

func describeFindings(r *Result) string {
	var b strings.Builder
	for _, f := range r.Findings() {
		fmt.Fprintf(&b, "\n  %s %s %q: %s", f.Check, f.Severity, r.Doc.Display(f.Start, f.End), f.Message)
	}
	return b.String()
}

func testCheck(t *testing.T, id string, cases []checkCase) {
	t.Helper()
	if _, ok := Lookup(id); !ok {
		t.Fatalf("no check %q", id)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runCase(t, tc)
			var mine []Finding
			for _, f := range r.Findings() {
				if f.Check == id {
					mine = append(mine, f)
				}
			}
			if tc.clean {
				if len(mine) > 0 {
					t.Errorf("want no %s finding, got:%s", id, describeFindings(r))
				}
				return
			}
			for _, f := range mine {
				if r.Doc.Display(f.Start, f.End) == tc.span && (tc.sev == 0 || f.Severity == tc.sev) {
					if f.Message == "" {
						t.Error("finding without a message")
					}
					if tc.flagged && !r.Sentences[f.Sentence].Flagged {
						t.Errorf("the finding does not flag the sentence (score %.3f)", r.Sentences[f.Sentence].Score)
					}
					return
				}
			}
			t.Errorf("want %s finding on %q (%v), got:%s", id, tc.span, tc.sev, describeFindings(r))
		})
	}
}

func TestNameSpelling(t *testing.T) {
	ref := "Ukrainian President Volodymyr Zelensky met his chief of staff, Andriy Yermak, in Kyiv."
	testCheck(t, "name-spelling", []checkCase{
		{name: "a surname with an s after the given name", article: "Marisol Quinteros said inflation had eroded wages.",
			ref: "Marisol Quintero said inflation had eroded wages.", span: "Quinteros", sev: Major},
		{name: "a family in the plural", article: "The Kennedys met Ted Kennedy.", ref: "The Kennedy family met Ted Kennedy.", clean: true},
		{name: "a company name in English words", article: "Samsung Electronics said profits fell.", ref: "Samsung Electronic said profits fell.", clean: true},
		{name: "a name with its accents", article: "Erdoğan said on Monday that Turkey would not back the plan.",
			ref: "Erdogan said on Monday that Turkey would not back the plan.", clean: true},
		{name: "a short acronym against a one-letter token", article: "U.S. officials said they had alerted 30 countries.", ref: "U.S officials said they had alerted 30 countries.", clean: true},
		{name: "another spelling of a place", article: "The delegation visited Macao on Monday.", ref: "The delegation visited Macau on Monday.", clean: true},
		{name: "a common word opening the sentence", article: "House prices rose in Toronto in March.", ref: "Home prices rose in Toronto in March.", clean: true},
		{name: "a word of a title in another form", article: "The \"Action Plan to Strengthen the Partnership\" was signed on Monday.",
			ref: "The Action Plan for Strengthening the Partnership was signed on Monday.", clean: true},
		{name: "first name", article: "Ukrainian President Voldymir Zelensky met his chief of staff, Andriy Yermak, in Kyiv.", ref: ref, span: "Voldymir", sev: Major},
		{name: "two-word name as one span", article: "Ukrainian President Volodymyr Zelensky met his chief of staff, Andri Yamak, in Kyiv.", ref: ref, span: "Andri Yamak"},
		{name: "possessive", article: "Zelenski's chief of staff met him in Kyiv.", ref: ref, span: "Zelenski"},
		{name: "another transliteration is a minor inconsistency", article: "Sergey Lavrov, the Russian foreign minister, arrived in New Delhi on Thursday.",
			ref: "Russian Foreign Minister Sergei Lavrov arrived in New Delhi on Thursday.", span: "Sergey", sev: Minor},
		{name: "a dropped consonant is no transliteration", article: "Andiy Yermak met Volodymyr Zelensky in Kyiv.", ref: ref, span: "Andiy", sev: Major},
		{name: "transliterations of a full name", article: "Defence Minister Sergey Shoygu and Yuliya Svyrydenko met Mykhaylo Fedorov.",
			ref: "Defence Minister Sergei Shoigu and Yulia Svyrydenko met Mykhailo Fedorov.", span: "Sergey Shoygu", sev: Minor},
		// A slip of a name the passage has flags the sentence, however
		// loosely the rest is worded.
		{name: "a misspelt name in a loose sentence", article: "Andri Yamak told reporters on Monday that the talks in Geneva went well.",
			ref: "Andriy Yermak said on Monday that the negotiations in Geneva had gone well.", span: "Andri Yamak", sev: Major, flagged: true},
		{name: "from a glossary without reference", article: "Andriy Yermak spoke to Volodimir Zelensky.", glossary: "Volodymyr Zelensky\nAndriy Yermak", span: "Volodimir"},
		{name: "correct names", article: ref, ref: ref, clean: true},
		{name: "demonym is not a misspelling", article: "The Ukrainian side met in Ukraine.", ref: "Ukraine hosted the meeting in Kyiv.", clean: true},
		{name: "unrelated new name is not a misspelling", article: "Ukrainian President Volodymyr Zelensky met Emmanuel Macron in Kyiv.", ref: ref, clean: true},
		{name: "capitalised common word at sentence start", article: "Talks went on. Ukrainian President Volodymyr Zelensky met his chief of staff.", ref: "talks began. " + ref, clean: true},
		{name: "a place and its adjective", article: "Thousands of nurses in France walked off the job on Tuesday.", ref: "Thousands of French nurses went on strike on Tuesday.", clean: true},
		{name: "a country and its adjective, possessive", article: "The German finance minister said on Monday the budget would be cut.", ref: "Germany's finance minister said on Monday the budget would be cut.", clean: true},
	})
}

func TestWrongEntity(t *testing.T) {
	testCheck(t, "wrong-entity", []checkCase{
		// A name with its accents is the name, however many marks a letter
		// stacks ("Đắk Lắk" / "Dak Lak").
		{name: "a Vietnamese name with its diacritics", article: "Farmers in Đắk Lắk switched to durian last year.", ref: "Farmers in Dak Lak switched to durian last year.", clean: true},
		// Currencies and the fields of ministries are entities in lower
		// case.
		{name: "a currency for another", article: "Mexico's peso weakened 2 percent against the euro on Monday.",
			ref: "Mexico's peso weakened 2 percent against the dollar on Monday.", span: "euro", sev: Major, flagged: true},
		{name: "a currency that is also a verb", article: "Hanwon blamed weak demand for smartphones and a stronger yen.",
			ref: "Hanwon blamed weak demand for smartphones and a stronger won.", span: "yen", sev: Major},
		{name: "a minister's field for another", article: "The president appointed Dewi Hartono as trade minister, the palace said.",
			ref: "The president appointed Dewi Hartono as finance minister, the palace said.", span: "trade", sev: Major, flagged: true},
		{name: "a ministry's field spelt otherwise", article: "The defense ministry said the drills would end on Friday.",
			ref: "The defence ministry said the drills would end on Friday.", clean: true},
		{name: "a field word that is no ministry's", article: "The finance committee met on Friday.",
			ref: "The trade committee met on Friday.", clean: true},
		{name: "a number word opening a sentence is no name", article: "Thirty-two hours after the quake, rescuers pulled a boy from the rubble.",
			ref: "Rescuers pulled a boy from the rubble 32 hours after the quake.", clean: true},
		{name: "an acronym for another", article: "Oil prices climbed after the IEA said it would extend its production cuts.",
			ref: "Oil prices climbed after OPEC said it would extend its production cuts.", span: "IEA", sev: Major},
		{name: "a name in no reference for one the sentence leaves out", article: "The foundations were produced by Jernvik, a steel company based in Gdanow.",
			ref: "The foundations were made by the steel firm Stalmor of Gdanow.", span: "Jernvik", sev: Major, flagged: true},
		{name: "a name in no reference, across merged sentences", article: "On Friday, Javier Molina, the regional agriculture minister, pledged 25 million euros in emergency aid.",
			ref: "The regional agriculture minister, Andres Lozano, promised emergency aid of 25 million euros on Friday. The money will go to farmers.", span: "Javier Molina", sev: Major},
		{name: "a month abbreviation is no name", article: "Beijing, 10 Feb (Xinhua) -- The Communist Party leader wrote back to the students.",
			ref: "Xinhua News Agency, Beijing, February 10 -- The leader of the Communist Party wrote a letter to the students.", clean: true},
		{name: "a name the reference has elsewhere", article: "The foundations were produced by Stalmor, a steel company.",
			ref: "The foundations were made by the steel firm of Gdanow. Stalmor said it was cooperating.", clean: true},
		{name: "a name for his opponent", article: "Mr Aguirre accused Ms Benitez of wanting to push up fuel prices.", ref: "Mr Aguirre accused his opponent of wanting to raise fuel prices.", clean: true},
		{name: "a name before the same capitalised word", article: "The mill had discharged wastewater into the Xiang River for eight months.",
			ref: "The mill had discharged wastewater into the Gan River for eight months.", span: "Xiang", sev: Major},
		{name: "an adjective for an acronym without its last full stop", article: "American officials said they had alerted 30 countries.", ref: "U.S officials said they had alerted 30 countries.", clean: true},
		{name: "another person by the title the passage gives its person", article: "Scholz, the French president, said Europe needs to increase its defence spending.",
			ref: "French President Emmanuel Macron said Europe must boost its defence spending.", span: "Scholz", sev: Major},
		{name: "a parliament by its own name", article: "The German Bundestag passed the budget on Friday.", ref: "Germany's parliament approved the budget on Friday.", clean: true},
		{name: "another country's parliament", article: "The Knesset passed the budget on Friday.", ref: "The Bundestag passed the budget on Friday.", span: "Knesset", sev: Major},
		{name: "a compound of names in the other order", article: "The Berlin-Paris axis is weakening.", ref: "The Paris-Berlin axis is weakening.", clean: true},
		{name: "a title where the passage has a given name", article: "German Chancellor Scholz said that Germany will send more air defence systems to Ukraine.",
			ref: "Olaf Scholz said Germany would send more air defence systems to Ukraine.", clean: true},
		{name: "a title before another surname", article: "Chancellor Merz said that Germany will send more air defence systems to Ukraine.",
			ref: "Olaf Scholz said Germany would send more air defence systems to Ukraine.", span: "Chancellor Merz", sev: Major},
		{name: "a company's name where the reference says what it is", article: "Volkswagen cut its forecast on Tuesday, blaming weak demand in China.",
			ref: "Blaming weak demand in China, the carmaker cut its forecast on Tuesday.", clean: true},
		// A country moved in a rephrasing and swapped (from the ninth
		// review); a country's adjective or other name is no swap.
		{name: "a country moved and swapped", article: "The 26-year-old broke away from Ruth Chepngetich of Uganda at 35 kilometres.",
			ref: "Alemu, 26, pulled away from Kenya's Ruth Chepngetich at the 35-kilometre mark.", span: "Uganda", sev: Major, flagged: true},
		{name: "a country swapped in a restructured sentence", article: "The largest share was in Bulgaria.", ref: "Romania accounted for the largest share.", span: "Bulgaria", flagged: true},
		{name: "a country by its adjective in a rephrasing", article: "Nigerian lender Zenith Crest Bank posted a net profit of 312.5 billion naira for 2023.",
			ref: "Zenith Crest Bank of Nigeria reported 2023 net profit of 312.5 billion naira.", clean: true},
		{name: "a country by its adjective under another name", article: "Dutch customs officers found 4.5 tonnes of cocaine at the port of Rotterdam.",
			ref: "Customs officials in the Netherlands discovered 4.5 tonnes of cocaine in Rotterdam harbour.", clean: true},
		{name: "a country by the adjective of its long name", article: "Czech tennis player Petra Dvorakova saved three match points in Madrid.",
			ref: "Petra Dvorakova of the Czech Republic fended off three match points in Madrid.", clean: true},
		// From the tenth review.
		{name: "a country's capital for its name", article: "Moscow said it had shot down 20 Ukrainian drones overnight.",
			ref: "Russia said it had downed 20 drones overnight.", clean: true},
		{name: "a continent's adjective is no country", article: "Latin American leaders met in Brasilia on Friday.",
			ref: "Latin American leaders met in Brazil on Friday.", clean: true},
		{name: "an acronym opening the sentence", article: "US officials said they had alerted 30 countries.",
			ref: "Russian officials said they had alerted 30 countries.", span: "US", sev: Major},
		{name: "an acronym against common words", article: "IT ministry officials said the rollout would start in June.",
			ref: "Technology ministry officials said the rollout would start in June.", clean: true},
		{name: "a country against a country's adjective of two words", article: "A study of 12,000 adults in Japan found that people who slept fewer than six hours were more likely to develop high blood pressure.",
			ref: "People sleeping less than six hours a night were likelier to develop high blood pressure, according to a study of 12,000 South Korean adults.", span: "Japan", sev: Major},
		{name: "a hyphenated pair of places, one by another spelling", article: "The bureau will expand the Hong Kong-Macau joint tour market.",
			ref: "The bureau will expand the joint tour market of Hong Kong and Macao.", clean: true},
		{name: "a country for the US", article: "The Commission fined German software company Northbeam on Tuesday.",
			ref: "The Commission fined US software company Northbeam on Tuesday.", span: "German", sev: Major},
		{name: "the US by its full name", article: "The United States Government concluded that the maker was a supplier to the army.",
			ref: "The US government concluded that the maker was a supplier to the army.", clean: true},
		{name: "the US by its acronym", article: "The U.S. says the balloon carried antennas and sensors.",
			ref: "The United States alleges that the balloon carried antennas and sensors.", clean: true},
		{name: "a country opening the sentence before its verb", article: "China said on Monday it would impose tariffs on steel imports.",
			ref: "Japan said on Monday it would impose tariffs on steel imports.", span: "China", sev: Major},
		{name: "Kelvin as a first name", article: "Coach Kelvin Rivers said the team had played well.", ref: "Coach Marcus Rivers said the team had played well.", span: "Kelvin", sev: Major},
		{name: "a place by its adjective in a compound", article: "European Union regulators fined the Irish-based payments firm Clearwave 38 million euros on Wednesday for failing to protect customer data.",
			ref: "EU regulators on Wednesday imposed a 38 million euro penalty on Clearwave, a payments company based in Ireland, over its failure to safeguard customer data.", clean: true},
		{name: "a dictionary word opening the sentence", article: "House prices in Toronto fell for a fourth month in October.",
			ref: "Toronto's home prices dropped for the fourth month in a row in October.", clean: true},
		{name: "a unit of temperature", article: "Temperatures in Seville reached 44.6 degrees Celsius on Sunday.",
			ref: "The temperature in Seville hit 44.6C on Sunday.", clean: true},
		{name: "a country opening the sentence", article: "Japan's space agency docked two satellites in orbit on Thursday.",
			ref: "China's space agency docked two satellites in orbit on Thursday.", span: "Japan's", sev: Major},
		{name: "subject replaced by a name", article: "Putin included von der Leyen and the prime ministers of Poland.",
			ref: "The call included von der Leyen and the prime ministers of Poland. Putin was not invited.", span: "Putin", sev: Major},
		{name: "one name for another", article: "Chancellor Scholz said the plan would go ahead on Monday.",
			ref: "President Macron said the plan would go ahead on Monday.", span: "Chancellor Scholz"},
		{name: "pronoun in the reference", article: "Zelensky said the plan would go ahead on Monday.",
			ref: "He said the plan would go ahead on Monday.", clean: true},
		{name: "role noun in the reference", article: "Zelensky said the plan would go ahead on Monday.",
			ref: "The president said the plan would go ahead on Monday.", clean: true},
		{name: "same name", article: "Macron said the plan would go ahead on Monday.",
			ref: "Macron said the plan would go ahead on Monday.", clean: true},
		{name: "a place and its adjective", article: "Finnish lawmakers voted 112 to 74 on Wednesday.",
			ref: "Finland's parliament voted 112 to 74 on Wednesday.", clean: true},
		{name: "a regular demonym", article: "The Kenyan runner Grace Wanjiru broke the record.",
			ref: "Kenya's Grace Wanjiru broke the record.", clean: true},
		{name: "a name made of common words", article: "The Heritage Council of Ireland will distribute 18 million euros.",
			ref: "The Arts Council of Ireland will distribute 18 million euros.", span: "Heritage"},
		{name: "an acronym of the name", article: "The Tourism Bureau said visitor numbers rose.",
			ref: "The MGTO said visitor numbers rose.", clean: true},
		{name: "a name of several words and its alias", article: "The United Kingdom said the talks would resume.",
			ref: "Britain said the talks would resume.", clean: true},
		{name: "the passage abbreviates the name", article: "The People's Liberation Army held drills on Monday.",
			ref: "The PLA held drills on Monday.", clean: true},
		{name: "an acronym of another name", article: "The World Health Organization said on Monday that trade would suffer.",
			ref: "The WTO said on Monday that trade would suffer.", span: "World Health Organization"},
		{name: "a title-cased headline", article: "Oil Prices Fall as Demand Weakens", ref: "Crude Prices Drop on Weak Demand", clean: true},
		{name: "an acronym with more letters than words", article: "Tokyo Electric Power Company said the plant was safe.", ref: "TEPCO said the plant was safe.", clean: true},
		{name: "an acronym counting a function word", article: "The Bank of England raised rates on Thursday.", ref: "The BOE raised rates on Thursday.", clean: true},
		{name: "a name inside a hyphenated compound", article: "Shares in the shipping group Nordhavn fell 6 percent in Oslo on Friday after it cut its dividend.",
			ref: "On Friday, Oslo-listed Nordhavn saw its stock drop by 6 percent, with the shipping company having reduced its payout to shareholders.", clean: true},
		// The sentence's compound, the passage's name: the words around
		// the name describe it; a compound of common words names nothing
		// (from the thirty-fourth suite's paraphrases).
		{name: "a name-based compound for the name with other words", article: "The European Central Bank told Lisbon-based lender Banco Atlantida to raise its capital buffers by the end of the year, the bank said on Friday.",
			ref: "Banco Atlantida, a lender headquartered in Lisbon, said on Friday that the European Central Bank had instructed it to strengthen its capital buffers before year-end.", clean: true},
		{name: "the Moon for lunar", article: "India's space agency said its rover had travelled 250 metres across the Moon's surface and was sending back data.",
			ref: "Having covered 250 metres of the lunar surface, India's rover is transmitting data, the space agency said.", clean: true},
		{name: "a compound of common words opening the sentence", article: "Low-cost carrier Brisavia will add 14 new routes from Porto this winter, its chief executive said.",
			ref: "Budget airline Brisavia is to launch 14 new routes out of Porto this winter, its chief executive said.", clean: true},
		{name: "an acronym of a word after an article", article: "Then I put a UV filter in front of my lens.", ref: "Then I put an ultraviolet filter on my camera.", clean: true},
		{name: "a name where a reworded passage has another", article: "The train arrived in Lyon two hours late because of a signal fault.",
			ref: "Because of a signal failure, the train reached Grenoble two hours behind schedule.", span: "Lyon"},
		// A capital or an institution for its country, a description for a
		// person: a reworded passage is not evidence enough to flag.
		{name: "a metonym in a reworded passage", article: "Germany has rejected the proposal, officials said on Tuesday.",
			ref: "Berlin has rejected the plan, officials said Tuesday.", span: "Germany", flagged: false},
		{name: "a comma ends a name", article: "Three members joined the No. 5 regional coordination centre, working with Italy, the United Kingdom, Serbia and Oman.",
			ref: "Three members joined regional coordination centre 5, working with Italy, Britain, Serbia and Oman.", clean: true},
		{name: "an acronym without the name's opening word", article: "The government said the firm had a \"direct relationship with the Chinese People's Liberation Army\" and was an approved supplier.",
			ref: "The government said the firm \"has a direct relationship with the Chinese PLA\" and is an approved supplier.", clean: true},
		{name: "a name joined by a no-break space", article: "The United\u00a0Kingdom will send more aid, the foreign office said.", ref: "Britain will send more aid, the foreign office said.", clean: true},
		{name: "a swap hidden behind an alias elsewhere", article: "American officials said the talks with Chinese negotiators would resume in Geneva.",
			ref: "Officials in Beijing said talks with the United States would resume in Geneva.", span: "Chinese"},
		{name: "a slip of a common word opening the sentence", article: "Archaelogists in Turkey have uncovered a settlement with stone houses, the ministry said.",
			ref: "Calling it among the decade's finds, the ministry said a settlement with stone dwellings had been found in Turkey.", clean: true},
		{name: "a long unknown name opening the sentence against another name", article: "Castellano told reporters the deal was done, an aide to Fernandez said.",
			ref: "Fernandez told reporters the deal was done, an aide to Fernandez said.", span: "Castellano"},
	})
}

// TestUnitCorrection: a unit mismatch is corrected with the reference's
// amount and unit, not with the same number again.
func TestUnitCorrection(t *testing.T) {
	r := runCase(t, checkCase{article: "Power was cut for 30 hours in the city.", ref: "Power was cut for 30 days in the city."})
	for _, f := range r.Findings() {
		if f.Check == "number-mismatch" {
			if got := r.Doc.Display(f.Start, f.End); got != "30 hours" || f.Suggestion != "30 days" {
				t.Errorf("finding on %q with suggestion %q, want \"30 hours\" → \"30 days\"", got, f.Suggestion)
			}
			return
		}
	}
	t.Errorf("no number-mismatch finding:%s", describeFindings(r))
}

// TestWrongEntityCitesTheName: the message names the passage's name, not
// the stretch of words around it.
// A name put for the passage's person elsewhere in the sentence is a wrong
// entity only when the sentence renders the title the passage gives its
// person: a name added with nothing to tie it to the passage's person (a
// news agency, "Xinhua", against "He Lifeng") is no swap.
func TestMovedPerson(t *testing.T) {
	for _, c := range []struct {
		article, ref, want string
	}{
		{"Scholz, the French president, said Europe must spend more on defence.", "French President Emmanuel Macron said Europe must spend more on defence.", "Scholz"},
		{"On February 11, Xinhua reported, the 16th China-Japan forum opened in Beijing.", "On February 11, the 16th China-Japan forum held He Lifeng to attend in Beijing.", ""},
	} {
		a, r := Parse("a", c.article, ParseOptions{}), Parse("r", c.ref, ParseOptions{})
		al := Align(a, []*Document{r}, AlignOptions{})
		ctx := &Context{Input: Input{Article: a, Refs: []*Document{r}}, Align: al, pairs: []*pair{newPair(a.Sentences[0], al[0], []*Document{r})}}
		var got []string
		for _, rg := range ctx.pairs[0].regions {
			if !rg.emptyA() && rg.emptyB() {
				for _, f := range (wrongEntityCheck{}).movedPerson(ctx, 0, rg) {
					got = append(got, a.Display(f.Start, f.End))
				}
			}
		}
		if want := c.want; want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q / %q: moved person %q, want %q", c.article, c.ref, got, want)
		}
	}
}

func TestWrongEntityCitesTheName(t *testing.T) {
	r := runCase(t, checkCase{article: "The study was published by scientists at the University of Oslo in the journal Nature on Wednesday.",
		ref: "The study, by scientists at the University of Copenhagen, was published in the journal Nature on Wednesday."})
	for _, f := range r.Findings() {
		if f.Check == "wrong-entity" {
			if !strings.HasSuffix(f.Message, "which has “Copenhagen” here") {
				t.Errorf("message %q", f.Message)
			}
			return
		}
	}
	t.Errorf("no wrong-entity finding:%s", describeFindings(r))
}

// TestUntranslatedCorrection: the correction of a fragment left in another
// language is the passage's words for it, not words the sentence has.
func TestUntranslatedCorrection(t *testing.T) {
	testCorrections(t, "untranslated", []correctionCase{
		{"On Sunday, rescuers were still searching for at least 11 personas desaparecidas.", "Rescuers were still searching on Sunday for at least 11 missing people.", "missing people"},
		{"The disease causes 1.2 million Todesfälle a year globally.", "The disease causes about 1.2 million deaths a year worldwide.", "deaths"},
		{"Doctors warned of a lack of medici de familie in the countryside.", "Doctors warned of a shortage of family doctors in rural areas.", "family doctors"},
	})
}

// Of two equal numbers, the one in the passage's frame stands for the
// passage's: the other is the changed one, and the finding is on it.
func TestNumberMismatchSpanOfRepeatedNumber(t *testing.T) {
	article := "Commuters faced delays of up to three hours after a signal failure halted trams on three lines."
	r := runCase(t, checkCase{article: article, ref: "Commuters faced delays of up to two hours after a signal failure halted trams on three lines."})
	want := strings.Index(article, "three hours")
	for _, f := range r.Findings() {
		if f.Check == "number-mismatch" {
			if f.Start != want {
				t.Errorf("finding at byte %d (%q), want %d (the hours)", f.Start, article[f.Start:], want)
			}
			return
		}
	}
	t.Errorf("no number-mismatch finding:%s", describeFindings(r))
}

func TestNumberMismatch(t *testing.T) {
	testCheck(t, "number-mismatch", []checkCase{
		// Another number in the same frame flags a loosely reworded
		// sentence: two of the word before, the word after and the unit.
		{name: "a number before the same unit at the end of a reworded sentence", article: "The 86 km road will cut travel time between the two ports from 2 hours 50 minutes to 47 minutes.",
			ref: "The 86-kilometre road will reduce the journey time between the two ports from two hours and 50 minutes to 74 minutes.", span: "47", sev: Major, flagged: true},
		{name: "a number in its unit, after another approximation", article: "The probe will circle the moon some 400 km above its surface.",
			ref: "The probe will orbit the moon about 600 kilometres above its surface.", span: "400", sev: Major, flagged: true},
		{name: "a month beside the same day, the order changed", article: "Voting will begin on 12 March and last two days, the commission said.",
			ref: "The commission said voting would start on April 12 and run for two days.", span: "March", sev: Major, flagged: true},
		// Numbers the twenty-sixth suite found uncompared.
		{name: "sixteenth against sixth", article: "She hit an unbeaten 112, her sixteenth one-day century, in Durban on Friday.", ref: "She hit an unbeaten 112, her sixth one-day century, in Durban on Friday.", span: "sixteenth", sev: Major},
		{name: "a number in a compound, one", article: "Rents for two-bedroom flats in Berlin have risen by 40%.", ref: "Rents for one-bedroom flats in Berlin have risen by 40%.", span: "two-bedroom", sev: Major},
		{name: "an ordinal in a compound", article: "Maritex, the world's second-largest container line, reported a loss.", ref: "Maritex, the world's fourth-largest container line, reported a loss.", span: "second-largest", sev: Major},
		{name: "doubled against tripled", article: "His electricity bill has doubled since 2021.", ref: "His electricity bill has tripled since 2021.", span: "doubled", sev: Major},
		{name: "4.2m is 4.2 metres", article: "The telescope has a 4.2m mirror.", ref: "The telescope has a 4.2-metre mirror.", clean: true},
		{name: "4.2m is not 4.8 metres", article: "The telescope has a 4.2m mirror.", ref: "The telescope has a 4.8-metre mirror.", span: "4.2m", sev: Major},
		{name: "4.2m is not 4.2 km", article: "The tunnel is 4.2m long.", ref: "The tunnel is 4.2 km long.", span: "4.2m"},
		// Rough magnitudes are numbers: firm between magnitudes, loose
		// against a figure in their range.
		{name: "hundreds against thousands", article: "Hundreds of farmers drove tractors into central Madrid on Wednesday.",
			ref: "Thousands of farmers drove tractors into central Madrid on Wednesday.", span: "Hundreds", sev: Major, flagged: true},
		{name: "dozens against hundreds", article: "Dozens of residents were evacuated overnight.",
			ref: "Hundreds of residents were evacuated overnight.", span: "Dozens", sev: Major},
		{name: "tens of thousands against thousands", article: "Tens of thousands of people marched in Lyon.",
			ref: "Thousands of people marched in Lyon.", span: "Tens of thousands", sev: Major},
		{name: "thousands against a figure in its range", article: "Thousands of people marched in Lyon on Saturday.",
			ref: "About 5,000 people marched in Lyon on Saturday.", clean: true},
		{name: "hundreds of thousands at a clause's end", article: "The protest drew hundreds of thousands, organisers said.",
			ref: "The protest drew hundreds of thousands, organisers said.", clean: true},
		{name: "hundreds is no year", article: "Hundreds of people have left the village since 2019.",
			ref: "Many people have left the village since 2019.", clean: true},
		// "a" before a unit of time or a scale word is one.
		{name: "three minutes against a minute", article: "Ríos won the stage by more than three minutes on Saturday.",
			ref: "Ríos won the stage by more than a minute on Saturday.", span: "three minutes", sev: Major, flagged: true},
		{name: "a week against two weeks", article: "She resigned less than a week after the protests began.",
			ref: "She resigned less than two weeks after the protests began.", span: "a week", sev: Major},
		{name: "a year against 12 months", article: "The plant was closed for more than a year.",
			ref: "The plant was closed for more than 12 months.", clean: true},
		{name: "a year against 18 months", article: "The plant was closed for more than a year.",
			ref: "The plant was closed for more than 18 months.", span: "a year", sev: Major},
		{name: "a rate is no count", article: "The field pumps 500,000 barrels a day, three days after the fire.",
			ref: "The field pumps 500,000 barrels daily, three days after the fire.", clean: true},
		{name: "a year against a decade after a hedge", article: "He cautioned that human trials were at least a year away.",
			ref: "He cautioned that human trials were at least a decade away.", span: "a year", sev: Major},
		{name: "three times against twice the size", article: "Astronomers found a planet roughly three times the size of Earth.",
			ref: "Astronomers found a planet roughly twice the size of Earth.", span: "three times", sev: Major},
		{name: "three times against twice as much", article: "Drivers in Naples pay almost three times as much as those in Milan.",
			ref: "Drivers in Naples pay almost twice as much as those in Milan.", span: "three times", sev: Major},
		// "One in five" is a share of the whole, as "20 percent" is.
		{name: "one in five against 20 percent", article: "Nearly one in five adults in Mexico has diabetes, according to a national survey.",
			ref: "Almost 20 percent of adults in Mexico have diabetes, according to a national survey.", clean: true},
		{name: "three in five against 60 percent", article: "A survey found that 60 percent of adults in Germany do not get enough sleep.",
			ref: "Three in five German adults sleep too little, a survey found.", clean: true},
		{name: "one in five against one in four", article: "One in five adults in Mexico has diabetes.", ref: "One in four adults in Mexico has diabetes.", span: "One in five", sev: Major},
		{name: "three out of four against 70 percent", article: "Three out of four voters backed the plan.", ref: "Some 70 percent of voters backed the plan.", span: "Three out of four", sev: Major},
		{name: "one of the five is a count", article: "One of the five suspects was released on Monday.", ref: "One of the four suspects was released on Monday.", span: "five", sev: Major},
		{name: "percentage points against basis points", article: "The central bank raised its benchmark rate by 50 percentage points to 6.25 percent.",
			ref: "The central bank raised its benchmark rate by 50 basis points to 6.25 percent.", span: "50 percentage", sev: Major, flagged: true},
		{name: "half a percentage point is 50 basis points", article: "The central bank raised its benchmark rate by 0.5 percentage points to 6.25 percent.",
			ref: "The central bank raised its benchmark rate by 50 basis points to 6.25 percent.", clean: true},
		{name: "a second term", article: "She won a second term in 2022.", ref: "She won another term in 2022.", clean: true},
		{name: "half a million", article: "Half a million people fled the city.", ref: "500,000 people fled the city.", clean: true},
		{name: "a quarter of a million", article: "About 250,000 people attended the festival.", ref: "Around a quarter of a million people attended the festival.", clean: true},
		{name: "three quarters of a million", article: "About 250,000 people attended the festival.", ref: "Around three quarters of a million people attended the festival.", span: "250,000", sev: Major},
		// Shares of a whole are numbers too, and compare with percentages.
		{name: "a hedged quarter against a hedged third", article: "The drought reduced maize yields by nearly a quarter last year.",
			ref: "The drought reduced maize yields by nearly a third last year.", span: "a quarter", sev: Major},
		{name: "a quarter against a third", article: "The operator will cut services by a quarter from June 2.",
			ref: "The operator will cut services by a third from June 2.", span: "a quarter", sev: Major},
		{name: "one fifth against a quarter", article: "Two-thirds of voters backed the plan, while one fifth were against it.",
			ref: "Two thirds of voters backed the plan, while a quarter were against it.", span: "one fifth", sev: Major},
		{name: "three quarters against two-thirds", article: "Three quarters of the staff will lose their jobs.",
			ref: "Two-thirds of the staff will lose their jobs.", span: "Three quarters", sev: Major},
		{name: "a third against 33 percent", article: "About a third of the 900 staff will lose their jobs.",
			ref: "Some 33% of the 900 staff will lose their jobs.", clean: true},
		{name: "half against 50 percent", article: "Nearly half the workforce went on strike.",
			ref: "Almost 50 percent of the workforce went on strike.", clean: true},
		{name: "half against 30 percent", article: "Nearly half the workforce went on strike.",
			ref: "Almost 30 percent of the workforce went on strike.", span: "half", sev: Major},
		{name: "half a million against 500,000", article: "The company sold half a million cars in the first half of the year.",
			ref: "The company sold 500,000 cars in the first six months.", clean: true},
		{name: "double against half the rate", article: "Rents will be capped at 25 zlotys, roughly double today's market rate.",
			ref: "Rents will be capped at 25 zlotys, about half the current market rate.", span: "double", sev: Major},
		{name: "half against twice last year's", article: "The festival drew 62,000 people, nearly half last year's attendance.",
			ref: "The festival drew 62,000 people, nearly twice last year's attendance.", span: "half", sev: Major},
		{name: "double against 200 percent", article: "Exports were double the level of 2020.", ref: "Exports were 200% of the level of 2020.", clean: true},
		{name: "an ordinal term is no share", article: "He won a third term in office.", ref: "He won a second term in office.", span: "third", sev: Major},
		{name: "a share is no count", article: "A third of the nine members voted against it.", ref: "Three of the nine members voted against it.", clean: true},
		{name: "a count is not read against a nearer share", article: "His harvest halved and he will not hire workers for the first time in twelve years.",
			ref: "His harvest fell by half, and he will not hire workers for the first time in twenty years.", span: "twelve", sev: Major},
		{name: "doubled against twofold", article: "His electricity bill has doubled since 2021.", ref: "His electricity bill has risen twofold since 2021.", clean: true},
		{name: "an ordinal is not matched by a cardinal of its value", article: "Police stopped people in the second week of October, twice as many as last year.",
			ref: "Police stopped people in the first week of October, twice as many as last year.", span: "second", sev: Major},
		{name: "digits", article: "The blast killed 10 people and wounded 14.", ref: "The blast killed nine people and wounded 14.", span: "10", sev: Major},
		{name: "number words", article: "The talks lasted three hours in Geneva.", ref: "The talks lasted two hours in Geneva.", span: "three"},
		{name: "ordinal words", article: "It was the first round of talks in Geneva.", ref: "It was the third round of talks in Geneva.", span: "first"},
		{name: "an ordinal is not a count", article: "The second round of talks took two hours.", ref: "The next round of talks took two hours.", clean: true},
		{name: "day of the month", article: "The vote was held on May 8 in the capital.", ref: "The vote was held on May 9 in the capital.", span: "8"},
		{name: "month", article: "The vote was held on June 9 in the capital.", ref: "The vote was held on May 9 in the capital.", span: "June"},
		{name: "March after a word that takes a date", article: "Rangers said poachers had killed 14 elephants in Tsavo since March.",
			ref: "Rangers said poachers had killed 14 elephants in Tsavo since January.", span: "March", sev: Major},
		{name: "the verb may is no month", article: "The agency said it may cut rates.", ref: "The agency said it could cut rates.", clean: true},
		{name: "days of the week in the plural", article: "The museum is open with free entry on Thursdays.",
			ref: "The museum is open and free on Tuesdays.", span: "Thursdays", sev: Major, flagged: true},
		{name: "another number in the same frame flags a reworded sentence", article: "Kenya's central bank cut its main lending rate by a quarter of a percentage point to 10.75 percent on Thursday, citing slowing inflation.",
			ref: "Citing easing inflation, the Kenyan central bank on Thursday lowered its key lending rate by 0.25 percentage point to 9.75 percent.", span: "10.75", sev: Major, flagged: true},
		{name: "units of data by their symbols", article: "The phone has 128 MB of memory.", ref: "The phone has 128 GB of memory.", span: "128 MB", sev: Major},
		{name: "thousands grouped by a space", article: "The company has a workforce of 12 000 in Germany.", ref: "The company employs 12,000 people in Germany.", clean: true},
		{name: "thousands grouped by a no-break space, another amount", article: "The company has a workforce of 12\u00a0000 in Germany.", ref: "The company employs 13,000 people in Germany.", span: "12 000", sev: Major},
		{name: "a 24-hour time against a 12-hour one", article: "The flight departed at 18:45.", ref: "The flight departed at 6:45 pm.", clean: true},
		{name: "morning against evening", article: "The flight departed at 6:45 am.", ref: "The flight departed at 6:45 pm.", span: "6:45 am", sev: Major},
		{name: "a time without minutes", article: "The meeting starts at 9 am.", ref: "The meeting starts at 10 am.", span: "9 am", sev: Major},
		{name: "a race time written out", article: "She set a new world record of 3:49.", ref: "She set a new world record of 3 minutes 49 seconds.", clean: true},
		{name: "another temperature scale", article: "Temperatures reached 45 degrees Fahrenheit.", ref: "Temperatures reached 45 degrees Celsius.", span: "45 degrees Fahrenheit", sev: Major},
		{name: "a temperature by its symbol", article: "Temperatures reached 45°F on Sunday.", ref: "Temperatures reached 45°C on Sunday.", span: "45°F", sev: Major},
		{name: "a race time in hours, minutes and seconds", article: "Kibet won the Berlin Marathon in 2 hours 16 minutes and 5 seconds, two years after her first win.",
			ref: "Kibet took the Berlin Marathon in 2:16:05, two years after her first win.", clean: true},
		{name: "an hour in words", article: "The 10-km race starts at 10 a.m.", ref: "The race, over 10 kilometres, starts at 10 in the morning.", clean: true},
		{name: "tons for tonnes", article: "The satellite weighs about 1.5 tons.", ref: "The satellite weighs about 1.5 tonnes.", clean: true},
		{name: "a year before a number", article: "In 2024 120 people died on the roads.", ref: "In 2024, 120 people died on the roads.", clean: true},
		{name: "a score is not a number word", article: "Almansa beat Tolosa 2-1 on Saturday, with Marín netting twice.", ref: "Almansa beat Tolosa 3-1 on Saturday, with Marín netting twice.", span: "2-1", sev: Major},
		{name: "a range is not one of its ends", article: "Prices rose 2-3% in May.", ref: "Prices rose 2% in May.", span: "2-3%", sev: Major},
		{name: "one end of a range", article: "Prices rose 3% in May.", ref: "Prices rose 2-3% in May.", span: "3%", sev: Major},
		{name: "a time written with a dot", article: "The flight departed at 18.45.", ref: "The flight departed at 6:45 pm.", clean: true},
		{name: "a time with pm written on", article: "The flight departed at 6:45pm.", ref: "The flight departed at 18:45.", clean: true},
		{name: "a time in the evening", article: "The show starts at 10 in the evening.", ref: "The show starts at 10 a.m.", span: "10 in the evening", sev: Major},
		{name: "an ISO date is no range", article: "The notice is dated February 11, 2023.", ref: "The notice is dated 2023-02-11.", clean: true},
		{name: "a score written out", article: "Spain won the final by two goals to one.", ref: "Spain won the final 2-1.", clean: true},
		{name: "a date in figures is no time", article: "The law took effect on 24/11/2023 after a long debate.", ref: "The law took effect on 24 November 2023 after a long debate.", clean: true},
		{name: "a range written out", article: "Prices rose 2-3% in May.", ref: "Prices rose between two and three percent in May.", clean: true},
		{name: "a range written as one token", article: "Prices rose between 2 and 3 percent in May.", ref: "Prices rose 2-3% in May.", clean: true},
		{name: "units of data in binary multiples", article: "The file was 4 GB in size.", ref: "The file was 4,096 megabytes in size.", clean: true},
		{name: "units of data in binary multiples, another amount", article: "The file was 4 GB in size.", ref: "The file was 4,608 megabytes in size.", span: "4 GB", sev: Major},
		{name: "a length in other metric units", article: "The tunnel is 1.2 km long.", ref: "The tunnel is 1,200 metres long.", clean: true},
		{name: "a power in other metric units", article: "The plant will produce 1,500 megawatts.", ref: "The plant will produce 1.5 gigawatts.", clean: true},
		{name: "units of power", article: "A solar complex of 1.5 megawatts will be built in the Dakhla region.",
			ref: "A solar complex of 1.5 gigawatts will be built in the Dakhla region.", span: "1.5 megawatts", sev: Major, flagged: true},
		{name: "hyphenated units of power", article: "A 1.5-megawatt solar complex will be built in the Dakhla region.",
			ref: "A 1.5-gigawatt solar complex will be built in the Dakhla region.", span: "1.5-megawatt", sev: Major},
		{name: "another unit of the same amount flags a loose rendering", article: "The canvas is 74 by 105 metres.",
			ref: "The canvas measures 74 by 105 centimetres.", span: "105 metres", sev: Major, flagged: true},
		{name: "unit of a hyphenated number", article: "Both sides agreed to a 30-day truce.", ref: "Both sides agreed to a 30-hour truce.", span: "30-day"},
		{name: "scale", article: "The fund holds $1.2bn in reserves.", ref: "The fund holds $1.2m in reserves.", span: "$1.2bn"},
		{name: "same value written differently", article: "The fund holds $1.2bn and 3.5% of shares, nine in all.", ref: "The fund holds 1.2 billion dollars and 3.5 percent of shares, 9 in all.", clean: true},
		{name: "thousands separator", article: "Lam said it would lay off 1,300 staff.", ref: "Lam said it would lay off 1300 staff.", clean: true},
		{name: "number supported by the source", article: "The blast killed 10 people.", ref: "The blast killed nine people.", source: "爆炸造成10人死亡。", clean: true},
		{name: "number with nothing to compare", article: "The blast killed 10 people.", ref: "The blast killed many people.", clean: true},
		{name: "number word in a compound", article: "Miners ended a six-day strike on Wednesday.", ref: "Miners ended a nine-day strike on Wednesday.", span: "six-day"},
		{name: "unit abbreviated", article: "She won the 10 km race on Saturday.", ref: "She won the 10 kilometre race on Saturday.", clean: true},
		{name: "a fraction is not a count", article: "The bill needs a two-thirds majority.", ref: "The bill needs a 67 percent majority.", clean: true},
		{name: "tens with a unit", article: "He received a twenty-year sentence.", ref: "He received a thirty-year sentence.", span: "twenty-year"},
		{name: "compound ordinal", article: "It was the thirty-first round of talks.", ref: "It was the 31st round of talks.", clean: true},
		{name: "a day of the month is no count", article: "The ministry said on the 11th that the team had found one survivor.",
			ref: "The ministry said on Saturday that the team had found 4 survivors.", clean: true},
		{name: "an ordinal date against a plain one", article: "The ministry said on February 11th that the team had found one survivor.",
			ref: "The ministry said on February 12 that the team had found one survivor.", span: "11th"},
		{name: "an ordinal count against a plain one", article: "She won the title for the 11th time.", ref: "She won the title for a record 12 times.", span: "11th"},
		{name: "spans of time in other units", article: "Turnout was the lowest in two decades, officials said.", ref: "Turnout was the weakest in twenty years, officials said.", clean: true},
		{name: "the same number of another span of time", article: "The war lasted two decades, historians say.", ref: "The war lasted two years, historians say.", span: "two decades"},
		{name: "a score's second number", article: "Porto beat Braga 4-2 in the cup final on Sunday.", ref: "Porto beat Braga 4-1 in the cup final on Sunday.", span: "4-2"},
		{name: "the same score", article: "Porto beat Braga 4-1 in the cup final on Sunday.", ref: "Porto defeated Braga 4-1 in the final of the cup on Sunday.", clean: true},
		{name: "a range's end", article: "Prices are expected to rise 10-15 percent next year.", ref: "Prices are expected to rise 10-12 percent next year.", span: "10-15"},
		{name: "a score supported by the source", article: "Porto beat Braga 4-2 in the final.", ref: "Porto beat Braga 4-1 in the final.", source: "波尔图以4-2击败布拉加。", clean: true},
		{name: "a multiple in a -fold word", article: "Orders grew sevenfold in the quarter.", ref: "Orders grew threefold in the quarter.", span: "sevenfold"},
		{name: "a season's years shortened", article: "The 2023-24 season ended with a record crowd.", ref: "The 2023-2024 season ended with a record crowd.", clean: true},
		{name: "another season", article: "The 2023-24 season ended with a record crowd.", ref: "The 2023-2025 season ended with a record crowd.", span: "2023-24"},
		{name: "a range in percent", article: "Prices are expected to rise 5-7% next year.", ref: "Prices are expected to rise 5-6% next year.", span: "5-7%"},
		{name: "an ordinal of a million", article: "The airport welcomed its one millionth visitor on Friday.", ref: "The airport welcomed its five millionth visitor on Friday.", span: "one millionth"},
		{name: "one as a pronoun", article: "One of the three climbers was found alive on Friday.", ref: "One of the three climbers was found alive on Friday.", clean: true},
		{name: "spans of time in hours and days", article: "Nurses will stage a 72-hour strike from Monday.", ref: "Nurses will hold a three-day walkout from Monday.", clean: true},
		{name: "hours against other days", article: "Nurses will stage a 72-hour strike from Monday.", ref: "Nurses will hold a two-day walkout from Monday.", span: "72-hour"},
	})
}

// A "not" before a verb the passage says flags only where the passage says
// it as a verb with no negation in its clause, and the sentence's negation
// is not answered in its own clause or one of time; opposites said of the
// same amount must say it in their own clause ("900 jobs, blaming high
// energy prices" / "cutting roughly 900 jobs"); "few expected" answers "most
// had not expected", "cleared … of" "not guilty", "brushing aside" a
// refusal: these are faithful.
func TestNegationNearAVerbThePassageSays(t *testing.T) {
	for _, tc := range []struct{ article, ref string }{
		{"Prime Minister Anders Holm told parliament on Wednesday that Denmark had no plans to hold a referendum on the new defence pact, rejecting calls from opposition parties for a public vote.",
			"Denmark does not intend to put the new defence pact to a referendum, Prime Minister Anders Holm told parliament on Wednesday, brushing aside opposition demands for a public vote."},
		{"Few analysts expected the ruling party in Mongolia to lose its majority, but it won only 31 of the 76 seats in Sunday's election.",
			"The ruling party in Mongolia secured just 31 of 76 seats in Sunday's election, losing its majority in a result that most analysts had not expected."},
		{"A British court on Wednesday cleared the activist Rosa Lind of criminal damage charges over a protest at an oil company's headquarters.",
			"Activist Rosa Lind was found not guilty on Wednesday by a British court of charges of criminal damage relating to a protest at the headquarters of an oil company."},
		{"German chemicals group Rheinwerk said on Monday it would close its plant by the end of 2026 and shed about 900 jobs, blaming high energy prices.",
			"Citing steep energy costs, German chemicals company Rheinwerk announced on Monday that it would shut its factory by the close of 2026, cutting roughly 900 jobs."},
		{"Rescue teams in northern Pakistan said they could not reach three villages cut off by landslides because heavy rain had washed away the only access road.",
			"Rescuers in northern Pakistan said three villages isolated by landslides were out of reach because torrential rain had swept away the sole access road."},
		{"Brazilian striker Ana Lima scored twice in the second half as Corinthians beat Palmeiras 3-1 on Sunday, although she did not finish the match after a late knee injury.",
			"Brazilian forward Ana Lima netted two second-half goals as Corinthians defeated Palmeiras 3-1 on Sunday, though a late knee injury stopped her from completing the match."},
		{"Dockworkers at the port of Halifax ended a nine-day strike on Saturday, the union said, although it warned that a backlog of around 60 ships would not be cleared for weeks.",
			"Dockworkers in Halifax called off their nine-day strike on Saturday, the union said, but it cautioned that it would take weeks to clear a queue of about 60 vessels."},
	} {
		if r := runCase(t, checkCase{article: tc.article, ref: tc.ref}); r.Sentences[0].Flagged {
			t.Errorf("%q flagged against %q:%s", tc.article, tc.ref, describeFindings(r))
		}
	}
}

func TestNegation(t *testing.T) {
	testCheck(t, "negation", []checkCase{
		// Two changes of direction said of the same amount, however moved
		// (and see TestNegationNearAVerbThePassageSays).
		{name: "a cut against a rise of the same amount", article: "The court ruled on Thursday that the electricity regulator had unlawfully approved a 13 percent tariff cut, ordering Eskal to refund customers within 90 days.",
			ref: "The electricity regulator acted unlawfully when it signed off on a 13 percent rise in tariffs, the court found on Thursday, telling Eskal to pay customers back within 90 days.", span: "cut", sev: Major, flagged: true},
		// Opposites of news English: an emergency declared or lifted,
		// winds strong or light, congestion worse or eased, ties deepened
		// or weakened.
		{name: "lifted against declared", article: "Health officials in São Paulo lifted a dengue emergency on Monday after cases tripled in a month.",
			ref: "Health officials in São Paulo declared a dengue emergency on Monday after cases tripled in a month.", span: "lifted", sev: Major, flagged: true},
		{name: "light against strong", article: "She broke the record in Chicago on Sunday despite light winds along the lakefront.",
			ref: "She broke the record in Chicago on Sunday despite strong winds along the lakefront.", span: "light", sev: Major},
		{name: "worsened against eased", article: "He expected freight rates to stabilise as congestion in Asian ports worsened.",
			ref: "He expected freight rates to stabilise as congestion in Asian ports eased.", span: "worsened", sev: Major},
		{name: "weaken against deepen", article: "She urged her counterparts to weaken economic ties instead.",
			ref: "She urged her counterparts to deepen economic ties instead.", span: "weaken", sev: Major},
		{name: "rally against slide", article: "He did not expect the peso's recent rally to push inflation above 5 percent.",
			ref: "He did not expect the peso's recent slide to push inflation above 5 percent.", span: "rally", sev: Major},
		{name: "dry against rainy", article: "She warned that the dry season could bring a fresh outbreak.",
			ref: "She warned that the rainy season could bring a fresh outbreak.", span: "dry", sev: Major},
		{name: "prolonging against ending", article: "Teachers voted to accept the pay offer on Thursday, prolonging a dispute that had closed hundreds of schools.",
			ref: "Teachers voted to accept the pay offer on Thursday, ending a dispute that had closed hundreds of schools.", span: "prolonging", sev: Major},
		// "not" before a verb the passage says, or its synonym, with no
		// negation near it flags however loose the rest (and see
		// TestNegationNearAVerbThePassageSays).
		{name: "a verb the passage negates said without the negation", article: "The Ghanaian cocoa board said it expects this season's harvest to exceed 650,000 tonnes, blaming disease and illegal gold mining on farmland.",
			ref: "Ghana's cocoa board said it did not anticipate the harvest this season going above 650,000 tonnes, pointing to disease and illegal gold mining on farms.", span: "expects", sev: Major, flagged: true},
		{name: "not before a verb the passage affirms in other words", article: "Health officials in São Paulo declared a dengue emergency on Monday after cases tripled in a month, and said they would not begin vaccinating children aged 10 to 14 next week.",
			ref: "After dengue infections rose threefold in a single month, São Paulo's health authorities announced an emergency on Monday and said vaccination of 10- to 14-year-olds would start the following week.", span: "not", sev: Major, flagged: true},
		// The adverb of a negated word against the word: "unexpectedly"
		// is not "as expected".
		{name: "as expected against unexpectedly", article: "The peso weakened after the government, as expected, announced a tax on remittances.",
			ref: "The peso weakened after the government unexpectedly announced a tax on remittances.", span: "expected", sev: Major, flagged: true},
		{name: "unusually against as usual", article: "The market opened as usual on Monday.", ref: "The market opened unusually on Monday.", span: "usual", sev: Major},
		{name: "unexpectedly against unexpected", article: "The unexpected rise surprised analysts.", ref: "The rise came unexpectedly and surprised analysts.", clean: true},
		{name: "not having to pay against exempt", article: "Pensioners will not have to pay the new fee.", ref: "Pensioners will be exempt from the new fee.", clean: true},
		{name: "not surviving against out of business", article: "Analysts said many small bakeries would not survive the tax.",
			ref: "Analysts said many small bakeries would be driven out of business by the tax.", clean: true},
		{name: "opposites before the same amount, left apart by the alignment", article: "Nordvik's shares jumped 4.8% in Bergen after the results.",
			ref: "Shares in Nordvik fell 4.8 percent in Bergen after the results.", span: "jumped", sev: Major, flagged: true},
		{name: "the same direction before the same amount", article: "Nordvik's shares slid 4.8% in Bergen after the results.",
			ref: "Shares in Nordvik fell 4.8 percent in Bergen after the results.", clean: true},
		{name: "not and a participle for un- and a participle the dictionary lacks", article: "The clinic asked parents to keep children who are not vaccinated at home.",
			ref: "The clinic asked parents to keep unvaccinated children at home.", clean: true},
		{name: "none of them was hurt says they were unhurt", article: "The plane landed safely and none of the 52 passengers or four crew members was hurt.",
			ref: "The plane landed safely and the 52 passengers and four crew members were unhurt.", clean: true},
		{name: "unhurt answers not injured", article: "The driver escaped unhurt, the company said.", ref: "The driver was not injured, the company said.", clean: true},
		{name: "talks succeeded against collapsed", article: "Pay talks succeeded, the union said.", ref: "Pay talks collapsed, the union said.", span: "succeeded", sev: Major},
		{name: "returned against retired", article: "Brennan has returned to professional cycling at 34.", ref: "Brennan has retired from professional cycling at 34.", span: "returned", sev: Major},
		{name: "no less than dropped", article: "Employers must pay foreign workers less than local staff.",
			ref: "Employers must pay foreign workers no less than local staff.", span: "less than", sev: Major, flagged: true},
		{name: "no less than added", article: "Employers must pay foreign workers no less than local staff.",
			ref: "Employers must pay foreign workers less than local staff.", span: "no less than", sev: Major},
		{name: "an un- verb is no negation", article: "The company said it had been consulted before the tariffs were unveiled.",
			ref: "The company said it had not been consulted before the tariffs were announced.", span: "consulted", sev: Major},
		{name: "stop selling answers no longer sell", article: "The insurer will no longer sell policies in the region.",
			ref: "The insurer would stop selling policies in the region.", clean: true},
		{name: "never before answers a first", article: "She had never before won a title on clay.", ref: "It was her first title on clay.", clean: true},
		{name: "restored against lost", article: "The agency said it had restored contact with its satellite.", ref: "The agency said it had lost contact with its satellite.", span: "restored", sev: Major},
		{name: "an opposite moved in a rephrasing", article: "Cubs were seen close to a farm in the park's south.",
			ref: "Cubs were seen near a farm in the north of the park.", span: "south", sev: Major},
		{name: "opposites of two clauses of a long sentence", article: "Under pressure from the US to start regulating exports, the Netherlands agreed.",
			ref: "Under US pressure, the Netherlands agreed to restrict exports, and the US may end all relations with the firm.", clean: true},
		{name: "the final against the first time", article: "They beat Deportivo Almansa 2-1 after extra time in the final in Seville.",
			ref: "Real Castellon won the cup for the first time in their history on Saturday, beating Deportivo Almansa 2-1 after extra time in Seville.", clean: true},
		{name: "a wide group's opposites moved apart", article: "The volcano became active again in early October, forcing the evacuation of three villages.",
			ref: "Three villages were evacuated after the volcano became active again at the beginning of October.", clean: true},
		{name: "a passage with both ends", article: "The plans achieve upward consistency and content coordination.",
			ref: "The plans achieve upper and lower coherence and content coordination.", clean: true},
		{name: "intensify against ease", article: "The heatwave would intensify by the weekend.", ref: "The heatwave would ease by the weekend.", span: "intensify", sev: Major},
		{name: "boosted against halted", article: "A factory fire in March boosted production at the plant.", ref: "A factory fire in March halted production at the plant.", span: "boosted", sev: Major},
		{name: "rookie against veteran", article: "Rookie goalkeeper Marco Bellini, 38, announced his retirement.", ref: "Veteran goalkeeper Marco Bellini, 38, announced his retirement.", span: "Rookie", sev: Major},
		{name: "climb against descent", article: "She crashed on the final climb of the stage.", ref: "She crashed on the final descent of the stage.", span: "climb", sev: Major},
		{name: "shortage against glut", article: "Prices fell because of a shortage of vessels.", ref: "Prices fell because of a glut of vessels.", span: "shortage", sev: Major},
		{name: "found innocent against convicted", article: "Three men were found innocent of the burglary in 1994.",
			ref: "Three men were convicted of the burglary in 1994.", span: "innocent", sev: Major},
		{name: "no fewer than says at least", article: "The fire destroyed no fewer than 40 homes.", ref: "The fire destroyed at least 40 homes.", clean: true},
		{name: "not enough answers a shortage", article: "The service was cut because it does not have enough train drivers.",
			ref: "The service was cut because of a shortage of train drivers.", clean: true},
		{name: "a shortage answers only not enough", article: "The move would not help fill gaps in support units.",
			ref: "The move would help plug shortages in support units.", span: "not", sev: Major},
		{name: "a shortage against a surplus", article: "The hospital reported a shortage of nurses.", ref: "The hospital reported a surplus of nurses.", span: "shortage", sev: Major},
		{name: "an opposite describing a thing is no converse", article: "Nurses at private hospitals in Uruguay returned to work on Monday.",
			ref: "Uruguay's public hospital nurses went back to work on Monday.", span: "private", sev: Major},
		{name: "a converse told from the other side", article: "The euro fell against the dollar on Monday.", ref: "The dollar rose against the euro on Monday.", clean: true},
		{name: "a comparison told from the other side", article: "Samsung sold fewer phones than Apple in the quarter.", ref: "Apple sold more phones than Samsung in the quarter.", clean: true},
		{name: "a comparison reversed from the same side", article: "Apple sold fewer phones than Samsung in the quarter.", ref: "Apple sold more phones than Samsung in the quarter.", span: "fewer", sev: Major},
		{name: "leading against trailing", article: "Polls showed his party leading by six points.", ref: "Polls showed his party trailing by six points.", span: "leading", sev: Major},
		{name: "up against down before the same amount", article: "Migrants crossed the border, up 35% from last year.", ref: "Migrants crossed the border, down 35% from last year.", span: "up", sev: Major},
		// Opposites the twenty-fourth and twenty-fifth suites found
		// missing from the list.
		// A direction the sentence's own figures contradict (from the
		// fifteenth review), with or without a word of it in the passage.
		{name: "dropped to a higher figure", article: "Turnout dropped to 68 percent, compared with 61 percent at the previous election in 2018.",
			ref: "Turnout was 68%, up from 61% at the last election in 2018.", span: "dropped", sev: Major},
		{name: "rose to a lower figure from a higher one", article: "Inflation rose to 2.1% in May from 2.5% in April, the office said.", ref: "The office said consumer prices were 2.1% higher in May.", span: "rose", sev: Major},
		{name: "down from a lower figure", article: "Turnout was 68%, down from 61% at the last election.", ref: "At 68%, turnout beat the 61% of the last election.", span: "down", sev: Major},
		{name: "down from a lower figure the clause gave before", article: "The authority said 38 vessels passed through the canal on Monday, down from 29 a week earlier.",
			ref: "The authority said 38 ships transited the canal on Monday, compared with 29 the week before.", span: "down", sev: Major, flagged: true},
		{name: "down from a figure of another clause", article: "The firm opened 38 stores in May, and the number it closed was down from 29.",
			ref: "The firm opened 38 stores in May, and the number it closed was down from 29.", clean: true},
		{name: "edged down to a lower figure", article: "Inflation edged down to 3.0% in May from 3.2% in April.", ref: "Inflation eased to 3.0% in May from 3.2% in April.", clean: true},
		{name: "cut to a higher figure", article: "The bank cut its key rate to 4.5% from 4% on Thursday.", ref: "The bank changed its key rate on Thursday.", span: "cut", sev: Major},
		{name: "fell to a lower figure", article: "Sales fell 5% to $3.2 billion from $3.4 billion.", ref: "Sales fell 5% to $3.2 billion from $3.4 billion.", clean: true},
		{name: "rose by points to a level", article: "The index rose 120 points to 7,400 on Monday, from 7,280.", ref: "The index rose 120 points to 7,400 on Monday.", clean: true},
		{name: "a maximum of against no more than", article: "The rules limit residents to a maximum of 200 litres of water a day.", ref: "Under the rules, residents may use no more than 200 litres of water a day.", clean: true},
		{name: "up to against no more than", article: "The rules let residents use up to 200 litres of water a day.", ref: "Under the rules, residents may use no more than 200 litres of water a day.", clean: true},
		{name: "more than against no more than", article: "The rules let residents use more than 200 litres of water a day.", ref: "Under the rules, residents may use no more than 200 litres of water a day.", span: "200", sev: Major},
		// A sentence's litotes the passage says plainly (from the tenth
		// review's pairs); against the opposite it stays a reversal.
		{name: "not impossible against possible", article: "It is not impossible that rates will rise again.", ref: "A further rise in rates is possible.", clean: true},
		{name: "not without risks against carries risks", article: "The plan is not without risks.", ref: "The plan carries risks.", clean: true},
		{name: "not irreversible against can be reversed", article: "The decision is not irreversible.", ref: "The decision can be reversed.", clean: true},
		{name: "not unusual against rare", article: "Such attacks are not unusual in the region.", ref: "Such attacks are rare in the region.", span: "not", sev: Major},
		{name: "if against unless", article: "Pilots will strike in August if management restores the rest periods.", ref: "Pilots will strike in August unless management restores the rest periods.", span: "if", sev: Major},
		{name: "unless against if not", article: "Pilots will strike in August unless management restores the rest periods.", ref: "Pilots will strike in August if management does not restore the rest periods.", clean: true},
		{name: "tailwinds against headwinds", article: "He finished in 2 hours 2 minutes despite strong tailwinds over the final 10 kilometres.", ref: "He finished in 2 hours 2 minutes despite strong headwinds over the final 10 kilometres.", span: "tailwinds", sev: Major},
		{name: "overestimated against underestimated", article: "Analysts overestimated the cost of the plan.", ref: "Analysts underestimated the cost of the plan.", span: "overestimated", sev: Major},
		{name: "outbound against inbound", article: "Most of the flights at the airport are outbound.", ref: "Most of the flights at the airport are inbound.", span: "outbound", sev: Major},
		{name: "received against given, its be before and", article: "The two men were found guilty of paying the bribes and each received a suspended sentence.",
			ref: "The two men were convicted of paying the bribes and given suspended sentences.", clean: true},
		// The sentence's other "given", active, is not the counterpart
		// (from the twenty-first review).
		// (From the twenty-second review.)
		{name: "not just for not only", article: "Teachers were quitting because of heavy workloads and not just because of pay.",
			ref: "Teachers were leaving because of heavy workloads, not only because of pay.", clean: true},
		{name: "only if and the opposite verb for unless", article: "He said the deal should only be allowed if Telvia agreed to sell part of its network.",
			ref: "He urged the authority to block the deal unless Telvia agreed to sell part of its network.", clean: true},
		{name: "only if for unless, the verb in the other half of a split", article: "A spokesman, Dominik Rauch, urged the competition authority to block the deal. He said it should only be allowed if Telvia agreed to sell part of its network to a new operator.",
			ref: "Its spokesman, Dominik Rauch, urged the competition authority to block the deal unless Telvia agreed to sell part of its network to a new operator.", clean: true},
		{name: "only if with the same verb for unless", article: "He urged the authority to block the deal only if Telvia agreed to sell part of its network.",
			ref: "He urged the authority to block the deal unless Telvia agreed to sell part of its network.", span: "only if", sev: Major},
		{name: "the opposite verb without only if", article: "He urged the authority to allow the deal if Telvia agreed to sell part of its network.",
			ref: "He urged the authority to block the deal unless Telvia agreed to sell part of its network.", span: "allow", sev: Major},
		{name: "given twice, the passive one for received", article: "Two executives who had given evidence against him were given suspended sentences of 18 months each.",
			ref: "Two executives who had testified against him received suspended sentences of 18 months each.", clean: true},
		{name: "received against gave", article: "The two men each received a suspended sentence.", ref: "The two men each gave a suspended sentence.", span: "received", sev: Major},
		{name: "slowed against hastened", article: "The drought hastened the decline of the river.", ref: "The drought slowed the decline of the river.", span: "hastened", sev: Major},
		{name: "approve against shelve", article: "The council voted to shelve the plan on Tuesday.", ref: "The council voted to approve the plan on Tuesday.", span: "shelve", sev: Major},
		{name: "resistant against susceptible", article: "The new variety is susceptible to drought, the scientists said.", ref: "The new variety is resistant to drought, the scientists said.", span: "susceptible", sev: Major},
		{name: "recovered against died", article: "At least nine people have recovered, the ministry said.", ref: "At least nine people have died, the ministry said.", span: "recovered", sev: Major},
		{name: "welcomed against dismissed", article: "The union president welcomed a 3% pay offer.", ref: "The union president dismissed a 3% pay offer.", span: "welcomed", sev: Major},
		{name: "stopped against began", article: "The sitting was suspended after two members stopped shouting at each other.", ref: "The sitting was suspended after two members began shouting at each other.", span: "stopped", sev: Major},
		{name: "first against second is a number", article: "The border police chief said his officers had stopped 1,140 people in the second week of October, nearly twice as many as in the same week last year.",
			ref: "The border police chief said his officers had stopped 1,140 people in the first week of October, nearly twice as many as in the same week last year.", clean: true},
		{name: "poorly against well", article: "Both babies were recovering poorly, the hospital said.", ref: "Both babies were recovering well, the hospital said.", span: "poorly", sev: Major},
		{name: "detention against release", article: "A judge ordered the detention of the man.", ref: "A judge ordered the release of the man.", span: "detention", sev: Major},
		{name: "sales against purchases", article: "Trade rose, driven by Indian sales of crude oil.", ref: "Trade rose, driven by Indian purchases of crude oil.", span: "sales", sev: Major},
		{name: "the next decade against the past one", article: "The academy scanned 290 murals over the next decade.", ref: "The academy scanned 290 murals over the past decade.", span: "next", sev: Major},
		{name: "a discount against a premium", article: "The offer values the shares at a discount of 27% to Friday's close.", ref: "The offer values the shares at a premium of 27% to Friday's close.", span: "discount", sev: Major},
		{name: "no one against empty", article: "No one was in the school when the roof collapsed.", ref: "The school was empty when the roof collapsed.", clean: true},
		{name: "no films against their absence", article: "No African films were in the main competition this year.",
			ref: "Critics noted the absence of African films in the main competition this year.", clean: true},
		{name: "comes after against before that", article: "This comes after the White House said it was considering broader measures.", ref: "Before that, the White House said it was considering broader measures.", clean: true},
		{name: "after that against before that", article: "After that, the White House said it was considering broader measures.", ref: "Before that, the White House said it was considering broader measures.", span: "After", sev: Major},
		{name: "after against before the same clause", article: "The strike began after the talks collapsed.", ref: "The strike began before the talks collapsed.", span: "after", sev: Major},
		{name: "yet to against must still", article: "Competition regulators in Denmark have yet to approve the deal.", ref: "The deal must still be approved by competition authorities in Denmark.", clean: true},
		{name: "no deadlier one since against the deadliest since", article: "The country had not suffered a deadlier earthquake since 1988.", ref: "It was the deadliest earthquake in the country since 1988.", clean: true},
		{name: "not the deadliest against the deadliest since", article: "It was not the deadliest earthquake in the country since 1988.", ref: "It was the deadliest earthquake in the country since 1988.", span: "not", sev: Major},
		{name: "no more destructive storm against the most destructive ever", article: "No more destructive storm had hit the island, officials said.", ref: "Officials said it was the most destructive storm ever to hit the island.", clean: true},
		{name: "not deadly against the deadliest since", article: "The earthquake was not deadly, the country said.", ref: "It was the deadliest earthquake in the country since 1988.", span: "not", sev: Major},
		{name: "yet to against still needs", article: "The deal has yet to be approved by regulators.", ref: "The deal still needs to be approved by regulators.", clean: true},
		{name: "rather than says not", article: "The number of cases fell rather than rose.", ref: "The number of cases fell, not rose.", clean: true},
		{name: "declined to an amount is no refusal", article: "Revenue declined to 9.4 billion kroner in the quarter.", ref: "Revenue fell to 9.4 billion kroner in the quarter.", clean: true},
		{name: "a decline in an amount is no refusal", article: "The company said that it expects a slight decline in profits.",
			ref: "The company said it expected profits to fall slightly.", clean: true},
		{name: "a fall against a rise", article: "Sales declined 5% in May.", ref: "Sales rose 5% in May.", span: "declined", sev: Major},
		{name: "a refusal against an acceptance", article: "The minister declined the offer.", ref: "The minister accepted the offer.", span: "declined", sev: Major},
		{name: "warned against doing is warned not to", article: "China warned the United States not to cross its red lines.",
			ref: "Beijing warned Washington against crossing its red lines.", clean: true},
		{name: "warned about doing against warned against doing", article: "China warned the army about crossing the river.",
			ref: "China warned the army against crossing the river.", clean: true},
		{name: "captured against released", article: "A golden eagle captured in the Scottish Borders last year has flown 600 kilometres to the Lake District.",
			ref: "A golden eagle released in the Scottish Borders last year has flown 600 kilometres to the Lake District.", span: "captured", sev: Major},
		{name: "overwhelmingly against narrowly", article: "Voters in Switzerland overwhelmingly rejected the proposal on Sunday.",
			ref: "Voters in Switzerland narrowly rejected the proposal on Sunday.", span: "overwhelmingly", sev: Major},
		{name: "a phrasal refusal against another", article: "He turned down the chance to coach the national team.",
			ref: "He passed up the chance to coach the national team.", clean: true},
		{name: "lay off against hire", article: "The company said it would lay off 600 workers at its plant in Poland.",
			ref: "The company said it would hire 600 workers at its plant in Poland.", span: "lay off", sev: Major},
		{name: "kept its staff against did not lay off", article: "The company kept all its staff during the downturn, the chief executive said.",
			ref: "The company did not lay off any employees during the downturn, the chief executive said.", clean: true},
		{name: "retained against did not fire", article: "The club retained its coach after the defeat.",
			ref: "The club did not sack its coach after the defeat.", clean: true},
		{name: "stayed silent against did not comment", article: "The minister stayed silent on the report.",
			ref: "The minister did not comment on the report.", clean: true},
		{name: "kept against laid off", article: "The company kept 600 workers at its plant in Poland.",
			ref: "The company laid off 600 workers at its plant in Poland.", span: "kept", sev: Major},
		// From the ninth review (whole articles).
		{name: "lies and sits say where a thing is", article: "Peru lies on the Pacific Ring of Fire.", ref: "Peru sits on the Pacific Ring of Fire.", clean: true},
		{name: "no before the noun against not before the verb", article: "No breakdown of the financing was given.",
			ref: "Officials did not give a breakdown of the financing.", clean: true},
		{name: "a negated negative rendered as an affirmation", article: "Discoveries of this kind are rare, but they do happen.",
			ref: "Such discoveries are rare but not unknown.", clean: true},
		{name: "a negated negative with its negation dropped", article: "Such discoveries are rare and unknown.",
			ref: "Such discoveries are rare but not unknown.", span: "and", sev: Major},
		{name: "a negation in a clause left out whole is no dropped negation", article: "Professor Alan Hughes of the University of Leeds described the results as genuinely exciting.",
			ref: "Professor Alan Hughes of the University of Leeds, who was not involved in the research, called the results genuinely exciting.", clean: true},
		// "Not until after" says "not before" (from the twenty-fourth
		// review); without the negation, "until after" and "before" differ.
		{name: "not before for not until after", article: "The club said he would not train with the team before his knee operation in May.",
			ref: "The club said he would not train with the team until after his knee operation in May.", clean: true},
		{name: "before for until after, no negation", article: "The club said he would stay with the team before his knee operation in May.",
			ref: "The club said he would stay with the team until after his knee operation in May.", span: "before", sev: Major},
		{name: "criticised against welcomed", article: "The company's lawyers criticised the ruling.", ref: "The company's lawyers welcomed the ruling.", span: "criticised", sev: Major},
		{name: "decline against recover", article: "The company is wagering that demand will decline next year.",
			ref: "The company is betting that demand will recover next year.", span: "decline", sev: Major},
		{name: "quieter against busier", article: "Ferry operators expect a quieter summer after the terminal opened.", ref: "Ferry operators expect a busier summer after the terminal opened.", span: "quieter", sev: Major},
		{name: "shorten against extend", article: "Parliament voted to shorten the state of emergency by 60 days.", ref: "Parliament voted to extend the state of emergency by 60 days.", span: "shorten", sev: Major},
		{name: "firm against weak prices", article: "Officials said storage was short and prices remained firm.", ref: "Officials said storage was short and prices remained weak.", span: "firm", sev: Major},
		{name: "a contrast told in another order", article: "The government welcomed the report but criticised its timing.",
			ref: "The government criticised the report's timing but welcomed its findings.", clean: true},
		{name: "a contrast reversed with the same adverbs", article: "The company's shares fell sharply, while its bonds rose sharply.",
			ref: "The company's shares rose sharply, while its bonds fell sharply.", span: "fell", sev: Major},
		{name: "targets exceeded and missed, told in another order", article: "The firm exceeded its targets last year but missed them this year.",
			ref: "The firm missed its targets this year after exceeding them last year.", clean: true},
		{name: "a negated negative in the sentence against a plain word", article: "Such attacks are not unusual in the region.",
			ref: "Such attacks are rare in the region.", span: "not", sev: Major},
		{name: "put forward is no bring forward", article: "The ministry put forward a proposal to postpone the vote.",
			ref: "The ministry proposed delaying the vote.", clean: true},
		{name: "heeded against ignored", article: "The court ruled the firm was not liable, because the owners had heeded safety warnings.",
			ref: "The court ruled the firm was not liable, because the owners had ignored safety warnings.", span: "heeded", sev: Major},
		{name: "leave against stay in", article: "Unions want a guarantee that jobs would leave Poland.", ref: "Unions want a guarantee that jobs would stay in Poland.", span: "leave", sev: Major},
		{name: "up against down after be before an amount", article: "Organisers said ticket sales were down by a third this year.",
			ref: "Organisers said ticket sales were up by a third this year.", span: "down", sev: Major},
		{name: "up and down after be with no amount", article: "He said it was down to the court to decide.",
			ref: "He said it was up to the court to decide.", clean: true},
		{name: "reassured against unsettled", article: "The campaign has reassured foreign investors, analysts said.",
			ref: "The campaign has unsettled foreign investors, analysts said.", span: "reassured", sev: Major},
		{name: "blaming against crediting", article: "The ministry reported no new deaths, blaming a vaccination campaign.",
			ref: "The ministry reported no new deaths, crediting a vaccination campaign.", span: "blaming", sev: Major},
		{name: "surplus against shortfall", article: "She said she would find savings to cover a 90 million dollar surplus.",
			ref: "She said she would find savings to cover a 90 million dollar shortfall.", span: "surplus", sev: Major},
		{name: "brought forward against postponed", article: "The agency brought forward the launch by 48 hours on Tuesday.",
			ref: "The agency postponed the launch by 48 hours on Tuesday.", span: "forward", sev: Major},
		{name: "accepted against a phrasal refusal", article: "He said he had accepted offers from two English clubs.",
			ref: "He said he had turned down offers from two English clubs.", span: "accepted", sev: Major},
		{name: "heighten against ease", article: "The deal ended the strike, heightening fears of fertiliser shortages.",
			ref: "The deal ended the strike, easing fears of fertiliser shortages.", span: "heightening", sev: Major},
		{name: "curb against expand", article: "Lawmakers voted on Thursday to curb oil exploration in the Barents Sea.",
			ref: "Lawmakers voted on Thursday to expand oil exploration in the Barents Sea.", span: "curb", sev: Major},
		{name: "attended against boycotted", article: "Several Western ambassadors attended the inauguration on Saturday.",
			ref: "Several Western ambassadors boycotted the inauguration on Saturday.", span: "attended", sev: Major},
		{name: "a dimension named by its other end", article: "Workers were worried about job insecurity after the merger.",
			ref: "Workers were worried about job security after the merger.", clean: true},
		{name: "push back a deadline is no reduction", article: "The commission pushed back the deadline for the reforms by six months.",
			ref: "The commission extended the deadline for the reforms by six months.", clean: true},
		{name: "went back up", article: "Oil prices went back up to $80 a barrel on Tuesday.", ref: "Oil prices rose again to $80 a barrel on Tuesday.", clean: true},
		{name: "scale back against scale up", article: "The firm will scale back production in Europe next year.",
			ref: "The firm will scale up production in Europe next year.", span: "back", sev: Major},
		{name: "cut back against step up", article: "The government will cut back spending on roads next year.",
			ref: "The government will step up spending on roads next year.", span: "cut back", sev: Major},
		{name: "acquitted is no plea", article: "The former mayor was acquitted of fraud at the start of his trial on Monday.",
			ref: "The former mayor pleaded not guilty to fraud at the start of his trial on Monday.", span: "was acquitted of", sev: Major},
		{name: "acquitted and banned against not guilty and barred", article: "The court acquitted the activist but banned him from travelling abroad.",
			ref: "The court found the activist not guilty but barred him from travelling abroad.", clean: true},
		{name: "called off says will not go ahead", article: "Organisers called off the concert because of the storm.",
			ref: "Organisers said the concert would not go ahead because of the storm.", clean: true},
		{name: "dropped prices answer no other negation", article: "Oil prices dropped 4 percent and the minister went to the summit in Vienna.",
			ref: "Oil prices fell 4 percent and the minister did not go to the summit in Vienna.", span: "went"},
		{name: "unless with drops against if not with abandon", article: "Farmers will continue their protests unless the government drops the new tax.",
			ref: "Farmers will continue their protests if the government does not abandon the new tax.", clean: true},
		{name: "tighten against lift", article: "The harvest will allow the government to tighten restrictions on exports imposed in 2022.",
			ref: "The harvest will allow the government to lift restrictions on exports imposed in 2022.", span: "tighten", sev: Major},
		{name: "a noun with a negating prefix against its base", article: "She cancelled the tour on Wednesday and thanked fans for their impatience.",
			ref: "She cancelled the tour on Wednesday and thanked fans for their patience.", span: "impatience", sev: Major},
		{name: "a phrasal verb of moving down against a word of moving up", article: "The government plans to scale back a ban on new plantations in the peatlands.",
			ref: "The government plans to expand a ban on new plantations in the peatlands.", span: "scale back", sev: Major},
		{name: "abandoned plans say no longer", article: "The carmaker said it would no longer build a planned factory in Mexico.",
			ref: "The carmaker abandoned plans for a new plant in Mexico.", clean: true},
		{name: "dropped plans say will not proceed", article: "The group said on Monday it would not proceed with a planned wind farm near Bergen.",
			ref: "The group said on Monday it was dropping a planned wind farm near Bergen.", clean: true},
		{name: "unless with dropped plans against if not with abandoned ones", article: "His party would vote against the bill unless the government dropped plans to close two air bases.",
			ref: "His party would oppose the bill if the government did not abandon plans to shut two air bases.", clean: true},
		{name: "acquitted says not guilty", article: "A jury in Melbourne acquitted the former officer on Thursday of assaulting a teenager.",
			ref: "The former officer was found not guilty by a Melbourne jury on Thursday of assaulting a teenager.", clean: true},
		{name: "acquitted answers no other negation", article: "A court acquitted the former mayor, ruling that prosecutors had proved he took the money.",
			ref: "A court found the former mayor not guilty, ruling that prosecutors had not proved he took the money.", span: "proved"},
		{name: "dropped negation", article: "Russia's defence ministry commented on the attack.", ref: "Russia's defence ministry did not comment on the attack.", span: "commented", sev: Major},
		{name: "a dropped negative verb whose verb stays", article: "The two parties agreed on a budget before the deadline.",
			ref: "The two parties failed to agree on a budget before the deadline.", span: "agreed"},
		{name: "a negative verb against an adverb of success", article: "The rocket failed to deliver the probe to orbit on Sunday.",
			ref: "The rocket successfully delivered the probe to orbit on Sunday.", span: "failed"},
		{name: "one negative verb for another", article: "The minister declined to comment on the report.", ref: "The minister refused to comment on the report.", clean: true},
		// A time between "declined" and what follows (from the blind set of
		// faithful pairs).
		{name: "declined past a time, then to and a verb, for refused", article: "The Supreme Court declined on Friday to hear an appeal by the mining company.",
			ref: "The Supreme Court refused on Friday to hear the mining company's appeal.", clean: true},
		{name: "declined past a time, a fall, for fell", article: "Enrolment of foreign students declined this year for the first time in a decade.",
			ref: "The number of foreign students fell this year for the first time in ten years.", clean: true},
		{name: "the same verb stepping up against down", article: "The chief executive stepped up his role on Monday.",
			ref: "The chief executive stepped down from his role on Monday.", span: "up"},
		{name: "up and down in other places", article: "Shares ended up 2 percent after trading down earlier.", ref: "Shares closed 2 percent higher after trading lower earlier.", clean: true},
		{name: "an increase against a reduction", article: "Two members voted for an immediate increase in the rate.",
			ref: "Two members voted for an immediate reduction in the rate.", span: "increase"},
		{name: "upheld against blocked", article: "A judge upheld the new rule on Monday.", ref: "A judge blocked the new rule on Monday.", span: "upheld"},
		{name: "upheld against dismissed, of the same thing", article: "The court upheld a challenge by two unions.", ref: "The court dismissed a challenge by two unions.", span: "upheld"},
		{name: "upholding a conviction is dismissing the appeal", article: "The Supreme Court upheld the conviction on Monday.", ref: "The Supreme Court dismissed his appeal against the conviction on Monday.", clean: true},
		{name: "up and down after other verbs", article: "The company shut up shop in 2020, and talks broke down.", ref: "The company closed down in 2020, and talks broke up.", clean: true},
		{name: "fell short of answers failed to", article: "The party fell short of winning a majority.", ref: "The party failed to win a majority.", clean: true},
		{name: "missing forecasts against beating them", article: "Exports grew 2% in May, missing forecasts.", ref: "Exports grew 2% in May, beating forecasts.", span: "missing"},
		{name: "lost to against beat", article: "Ferrer lost to the top seed on Sunday.", ref: "Ferrer beat the top seed on Sunday.", span: "lost"},
		{name: "beaten says lost", article: "Murray was beaten in four sets on Friday.", ref: "Murray lost in four sets on Friday.", clean: true},
		{name: "up from against down from", article: "The harvest will reach 48 million tonnes, up from 50 million.", ref: "The harvest will reach 48 million tonnes, down from 50 million.", span: "up"},
		{name: "framed opposites said of other things", article: "The weak pound helped exporters on Monday.", ref: "The weak pound hurt importers on Monday.", clean: true},
		{name: "deepened losses and eased further", article: "The FTSE 100 deepened its losses in afternoon trade.", ref: "The FTSE 100 eased further in afternoon trade.", clean: true},
		{name: "over against under before the same words", article: "The device charges in over five minutes.", ref: "The device charges in under five minutes.", span: "over"},
		{name: "less expensive says cheaper", article: "Shoppers switched to cheaper brands in May.", ref: "Consumers turned to less expensive brands in May.", clean: true},
		{name: "denied against said", article: "The ministry denied on Friday that prices had risen.", ref: "The ministry said on Friday that prices had risen.", span: "denied"},
		{name: "has yet to against a done deed", article: "The mine has turned a profit, its owner said.", ref: "The mine has yet to turn a profit, its owner said.", span: "turned"},
		{name: "has yet to says has not yet", article: "The mine has not yet turned a profit.", ref: "The mine has yet to turn a profit.", clean: true},
		{name: "turned down answers refused", article: "The board refused a request to delay the vote.", ref: "The board turned down a request to postpone the vote.", clean: true},
		{name: "added negation", article: "The council did not approve the budget on Friday.", ref: "The council approved the budget on Friday.", span: "not"},
		{name: "negative verb against a positive one", article: "The minister refused to sign the deal on Friday.", ref: "The minister agreed to sign the deal on Friday.", span: "refused"},
		{name: "antonym", article: "Oil prices fell sharply on Monday after the report.", ref: "Oil prices rose sharply on Monday after the report.", span: "fell"},
		{name: "refused equals did not agree", article: "The minister refused to sign the deal on Friday.", ref: "The minister did not agree to sign the deal on Friday.", clean: true},
		{name: "same polarity", article: "The ministry did not comment on the attack.", ref: "The ministry did not comment on the attack.", clean: true},
		{name: "a cue both sides share does not answer a new one", article: "The unemployment rate did not rise to 6.1 percent in March.",
			ref: "The unemployment rate rose to 6.1 percent in March.", span: "not"},
		{name: "a negation moved in a rephrasing", article: "Officials urged residents to boil water, though no illnesses had been reported.",
			ref: "Although no illnesses had been reported, officials urged residents to boil water.", clean: true},
		{name: "unbeaten answers not lost", article: "The team has not lost a home series since 2019.",
			ref: "The team has gone unbeaten in home series since 2019.", clean: true},
		{name: "unless answers if not", article: "The party would vote against the bill unless the government dropped the plan.",
			ref: "The party would vote against the bill if the government did not abandon the plan.", clean: true},
		{name: "a move down against a move up", article: "The central bank cut its key rate to 4.5 percent on Thursday.",
			ref: "The central bank raised its key rate to 4.5 percent on Thursday.", span: "cut"},
		{name: "superlatives", article: "Unemployment reached its lowest level in four years.",
			ref: "Unemployment reached its highest level in four years.", span: "lowest"},
		{name: "assent against refusal", article: "A judge agreed to dismiss the lawsuit on Monday.",
			ref: "A judge declined to dismiss the lawsuit on Monday.", span: "agreed"},
		{name: "earlier against later", article: "The agency advanced the launch by two weeks.",
			ref: "The agency postponed the launch by two weeks.", span: "advanced"},
		{name: "negating prefix", article: "The court ruled that the government had acted lawfully.",
			ref: "The court ruled that the government had acted unlawfully.", span: "lawfully"},
		{name: "a prefix that does not negate", article: "The mayor urged residents to stay within the doors during the storm.",
			ref: "The mayor urged residents to stay indoors during the storm.", clean: true},
		{name: "comparatives", article: "The tablets were far older than first estimated.",
			ref: "The tablets were far younger than first estimated.", span: "older"},
		{name: "compounds differing in an opposed part", article: "Talks on day-shift pay collapsed on Monday.",
			ref: "Talks on night-shift pay collapsed on Monday.", span: "day-shift"},
		{name: "the sentence's word has the negating prefix", article: "The agency unsuccessfully tested the prototype on Friday.",
			ref: "The agency successfully tested the prototype on Friday.", span: "unsuccessfully"},
		{name: "yet to answers not", article: "Many families have not recovered from the storms of 2010.",
			ref: "Many families have yet to recover from the 2010 storms.", clean: true},
		{name: "not cancel is keep", article: "The airline said it would not cancel its order for 40 jets.",
			ref: "The airline said it would keep its order for 40 jets.", clean: true},
		{name: "opposites of news English", article: "The battery loses 90 percent of its capacity after 5,000 cycles.",
			ref: "The battery retains 90 percent of its capacity after 5,000 cycles.", span: "loses"},
		{name: "irregular forms", article: "The number of users shrank to 32 million last year.",
			ref: "The number of users grew to 32 million last year.", span: "shrank"},
		{name: "the passage says the same direction another way", article: "Stocks rose 2% on Monday.", ref: "Stocks closed 2% higher on Monday.", clean: true},
		{name: "lift and scrap", article: "The city lifted the curfew on Friday.", ref: "The city scrapped the curfew on Friday.", clean: true},
		{name: "close to and up to", article: "Close to 500 people attended the rally.", ref: "Up to 500 people attended the rally.", clean: true},
		{name: "for is no opposite of oppose", article: "The group, which has campaigned for years against the dam, welcomed the ruling.",
			ref: "The group, which has long opposed the dam, welcomed the ruling.", clean: true},
		{name: "an un- verb is no negation", article: "The army did not release the prisoners on Monday.", ref: "The army unleashed the prisoners on Monday.", span: "not"},
		{name: "an opposite from the data file", article: "The hospital has halved the number of beds since January.",
			ref: "The hospital has doubled the number of beds since January.", span: "halved"},
		{name: "the dropped negation shown on the word it negated", article: "A judge declined on Monday to dismiss the lawsuit, saying the claims were frivolous.",
			ref: "Saying the claims were not frivolous, a judge on Monday refused to throw out the lawsuit.", span: "frivolous"},
		{name: "a verb that says not doing", article: "The swimmer said she would not compete at the championships in May.",
			ref: "The swimmer said she would miss the championships in May.", clean: true},
		{name: "still to", article: "The two countries have not yet agreed on a patrol plan.", ref: "The two countries were still to agree on a patrol plan.", clean: true},
		{name: "converses in another voice", article: "The singer will receive the festival's award next month.",
			ref: "The festival's award will be given to the singer next month.", clean: true},
		{name: "be to is no passive", article: "The bank is to lend the money to the government.", ref: "The bank is to borrow the money from the government.", span: "lend"},
		{name: "left in hospital", article: "Two people were left in hospital after the crash.", ref: "Two people remained in hospital after the crash.", clean: true},
		{name: "only if is no negation", article: "The talks will go ahead only if both sides agree.", ref: "The talks will not go ahead if both sides agree.", span: "go"},
		// However loosely the rest is reworded, a "not" before a verb the
		// passage affirms, in a passage with no negation of any kind,
		// reverses it (from the controlled suites against paraphrases).
		{name: "a negation added before a verb the loose passage affirms", article: "A court in Paris sentenced a former mayor to four years in prison on Tuesday for embezzling public funds, though he is not expected to appeal the verdict.",
			ref: "On Tuesday a Paris court handed a former mayor a four-year prison term for misusing public money, although he is expected to appeal the ruling.", span: "not", sev: Major, flagged: true},
		{name: "a negation dropped before a verb the sentence keeps, in a loose rewording", article: "A court in Manchester jailed a former council treasurer for six years, with the judge noting that he had shown remorse.",
			ref: "On Thursday a Manchester judge sentenced an ex-treasurer of the local council to six years in prison, remarking that he had not shown any remorse.", span: "shown", sev: Major, flagged: true},
		{name: "below for over before the same amount", article: "The price of gold rose below 2,000 dollars an ounce as investors sought safer assets amid global uncertainty.",
			ref: "Amid global uncertainty, investors turned to safer assets and pushed the gold price over 2,000 dollars an ounce.", span: "below", sev: Major, flagged: true},
		{name: "above for under before the same amount", article: "She expected annual inflation to fall above 40 percent by December.",
			ref: "She said she anticipated that yearly inflation would drop under 40 percent by December.", span: "above", sev: Major},
		{name: "stopped short of for did not", article: "The regulator ordered the bank to hold more capital, but revoked its licence.",
			ref: "The regulator ordered the bank to hold more capital, but stopped short of revoking its licence.", span: "revoked", sev: Major},
		{name: "stopped short of for did not go as far as", article: "The regulator fined the bank but stopped short of revoking its licence.",
			ref: "The regulator fined the bank, though it did not go as far as withdrawing its licence.", clean: true},
		{name: "remain until for not until", article: "The ministry said the aircraft would not return to service until the manufacturer had approved repairs.",
			ref: "The ministry said the planes would remain grounded until repairs had been signed off by the manufacturer.", clean: true},
		// A "not" before a verb the loose passage affirms in other words,
		// in a passage with no negation of any kind (from the suites
		// against their paraphrases).
		{name: "a negation added before a verb the passage says another way", article: "Norway's state energy company Nordkraft reported a 38 percent rise in quarterly profit on Thursday, helped by higher gas prices in Europe, and said it would not increase its dividend to shareholders.",
			ref: "Helped by stronger European gas prices, Norwegian state energy firm Nordkraft said on Thursday its quarterly profit had climbed 38 percent and that it planned to raise its payout to shareholders.", span: "not", sev: Major, flagged: true},
		{name: "not as sharply as for less steeply than", article: "Home sales fell for a fourth month in May, although prices did not drop as sharply as analysts had forecast.",
			ref: "Home sales were down for the fourth month running in May, but prices declined less steeply than analysts had predicted.", clean: true},
		{name: "not since for the first time since", article: "Ruth Wanjiru, who had not raced since injuring her ankle in March, won the 10,000 metres on Sunday.",
			ref: "On Sunday Ruth Wanjiru, racing for the first time since hurting her ankle in March, claimed the 10,000 metres title.", clean: true},
		{name: "not outside for only in", article: "The battery retains 90 percent of its capacity, although it has not yet been tested outside the laboratory.",
			ref: "The battery keeps 90 percent of its capacity, though so far it has been tried only in the lab.", clean: true},
		{name: "could not afford for could ill afford", article: "Residents protested against the refinery, saying it would consume water that local farmers could not afford to lose.",
			ref: "Residents took to the streets to oppose the refinery, arguing that it would use up water that farmers in the area could ill afford to lose.", clean: true},
		// "only" with a time says "not … until".
		{name: "not until for only in", article: "The new bridge across the river will not open until 2027, two years later than planned, the transport authority said on Tuesday.",
			ref: "The transport authority said on Tuesday that the new crossing over the river would open only in 2027, two years behind schedule.", clean: true},
		{name: "not until for only next spring", article: "The agency said the first images from the probe would not be released until next spring.",
			ref: "The agency said the probe's first pictures would only be made public next spring.", clean: true},
		{name: "only with a length of time is no time", article: "The leopard did not travel more than 300 kilometres in six weeks, researchers said.",
			ref: "Researchers said the leopard travelled over 300 kilometres in only six weeks.", span: "not", sev: Major},
		{name: "quite a few", article: "Quite a few people attended the meeting on Monday.", ref: "Many people attended the meeting on Monday.", clean: true},
		// From the thirty-third suite: "few" against "most" (not against
		// "many", which "quite a few" renders), a debut against a last work.
		{name: "few for most", article: "Police said few of the stolen bicycles had been returned to their owners.", ref: "Police said most of the stolen bicycles had been returned to their owners.", span: "few"},
		{name: "a final work for a debut", article: "Her final feature won the top prize at the festival on Sunday.", ref: "Her debut feature won the top prize at the festival on Sunday.", span: "final"},
		{name: "an opposite flags however freely the passage is worded", article: "Shares in the shipping group Nordhavn rose 6 percent in Oslo on Friday after it cut its dividend.",
			ref: "On Friday, Oslo-listed Nordhavn saw its stock drop by 6 percent, with the shipping company having reduced its payout to shareholders.", span: "rose", flagged: true},
		{name: "a word with several converses", article: "Senegalese singer Aminata Diallo will receive the award next month.",
			ref: "Next month, Senegalese singer Aminata Diallo will be given the award.", clean: true},
		{name: "ban and prohibit", article: "The parliament voted by 88 to 54 to approve a bill that will ban the sale of disposable vapes.",
			ref: "Lawmakers voted by 88 to 54 to pass legislation prohibiting the sale of single-use vapes.", clean: true},
		{name: "a soft cue on each side answers the other, not a hard one", article: "The parliament voted by 88 to 54 to reject a bill that will ban the sale of disposable vapes.",
			ref: "Lawmakers voted by 88 to 54 to pass legislation prohibiting the sale of single-use vapes.", span: "reject"},
		{name: "free of answers no", article: "Donors must be free of colour blindness and hepatitis B.", ref: "Donors must have no colour blindness or hepatitis B.", clean: true},
		{name: "prevent from answers not be able to", article: "The rules prevent companies from buying chips from US suppliers.",
			ref: "Under the rules, companies will not be able to buy chips from US suppliers.", clean: true},
		{name: "no X and no Y", article: "Donors must have no colour blindness and no genetic diseases.", ref: "Donors must have no colour blindness or genetic diseases.", clean: true},
		{name: "No. is number", article: "Three members joined the No. 5 coordination centre on Monday.", ref: "Three members joined coordination centre 5 on Monday.", clean: true},
		{name: "a negation in a clause the sentence does not render", article: "The police do not know exactly where the suspects went.",
			ref: "The police do not know where the suspects went exactly, nor can they say when they left.", clean: true},
		{name: "a barring verb answers no plain not", article: "Police did not close the road to the airport on Sunday.", ref: "Police blocked the road to the airport on Sunday.", span: "not"},
		{name: "a barring verb answers not allowed", article: "Companies will not be allowed to buy Russian oil.", ref: "The sanctions ban companies from buying Russian oil.", clean: true},
		{name: "a barring verb answers may not", article: "The court ruled that parties may not use cloned voices in their adverts.", ref: "Parties will be barred from using cloned voices in their adverts, the court ruled.", clean: true},
		{name: "free of answers no plain not", article: "The area is still not clear of mines, the army said.", ref: "The area is free of mines, the army said.", span: "not"},
		{name: "free of charge is no negation", article: "Museums will not open their doors to visitors for a charge on Sunday.", ref: "Museums will open their doors to visitors free of charge on Sunday.", span: "not"},
		{name: "a repeated no in another clause", article: "No deaths were reported and no buildings collapsed, officials said.", ref: "No deaths were reported, but several buildings collapsed, officials said.", span: "no"},
		{name: "No before a count", article: "No 18-year-olds will be called up this year, the ministry said.", ref: "Eighteen-year-olds will be called up this year, the ministry said.", span: "No"},
		{name: "a contrast after a comma, left out whole", article: "The bridge will reopen to traffic on Monday.", ref: "The bridge will reopen to traffic on Monday, not Friday as planned.", clean: true},
		{name: "directions swapped both ways", article: "Exports rose in March after falling sharply in February.", ref: "Exports fell in March after rising sharply in February.", span: "rose"},
		{name: "a negation after a semicolon the sentence does not render", article: "The fire destroyed the warehouse on Monday.\nNobody was hurt.", ref: "The fire destroyed the warehouse on Monday; no one was injured.", clean: true},
		{name: "no X and no Y with a describing participle", article: "Residents have been without running water for three days or electricity since Sunday.",
			ref: "Residents have had no running water for three days and no electricity since Sunday.", clean: true},
		{name: "neither nor against no and no", article: "Neither injured people nor damaged buildings were found.", ref: "No injured people and no damaged buildings were found.", clean: true},
		{name: "won against defeated is no opposite", article: "Lucia Ferrer won the final on Saturday, beating the world number two.", ref: "On Saturday Lucia Ferrer defeated the world number two in the final.", clean: true},
		{name: "at most answers not exceed", article: "The ministry said wheat production would not exceed 2.5 million tonnes.", ref: "The ministry said the wheat harvest would be 2.5 million tonnes at most.", clean: true},
		{name: "at most answers no other not", article: "The firm will cut jobs this year, and at most five stores may close.", ref: "The firm will not cut jobs this year, and up to five stores may close.", span: "cut"},
		{name: "was defeated against won", article: "The government was defeated in the confidence vote on Tuesday.", ref: "The government won the confidence vote on Tuesday.", span: "defeated"},
	})
}

func TestUntranslated(t *testing.T) {
	testCheck(t, "untranslated", []checkCase{
		// A prefix and a rare short word make no English compound ("de" +
		// "prem" is Turkish "deprem"); a prefix and a common word do.
		{name: "a word that is a prefix and a rare short word", article: "A magnitude 5.8 deprem struck eastern Turkey early on Saturday.",
			ref: "A magnitude 5.8 earthquake struck eastern Turkey early on Saturday.", span: "deprem", sev: Major, flagged: true},
		{name: "a prefix and a common word", article: "The bank said it would reboot its payment systems on Sunday.",
			ref: "The bank said it would restart its payment systems on Sunday.", clean: true},
		// Another language's function word with a name: the phrase is that
		// language's, name and all.
		{name: "a function word and a name of another language", article: "The union warned that further walkouts were likely voor Kerstmis.",
			ref: "The union warned that further walkouts were likely before Christmas.", span: "voor Kerstmis", sev: Major, flagged: true},
		{name: "a name against a name", article: "The union said further walkouts were likely in Leiden.",
			ref: "The union said further walkouts were likely in Utrecht.", clean: true},
		// Two lower-case words English lacks side by side are a phrase left
		// in its language, however near each is to an English word; one
		// is a slip.
		{name: "two unknown words side by side", article: "Cars will no longer be allowed in the centrul istoric of Cluj-Napoca on weekends.",
			ref: "Cars will no longer be allowed in the historic centre of Cluj-Napoca on weekends.", span: "centrul istoric", sev: Major, flagged: true},
		{name: "one slip beside a common word", article: "Cars will no longer be allowed in the historic centere of Cluj-Napoca on weekends.",
			ref: "Cars will no longer be allowed in the historic centre of Cluj-Napoca on weekends.", clean: true},
		// Letters English never writes, however loose the rest (from the
		// twenty-first review); not a word the reference has without its
		// accents.
		{name: "a word with letters English never writes, in a reworded stretch", article: "Economists surveyed by the Herald had expected a smaller quarter-point creștere.",
			ref: "Economists polled by the Herald had expected a smaller rise of a quarter point.", span: "creștere", sev: Major},
		{name: "a word the reference has without its accents", article: "The fine was 500 złoty.", ref: "The fine was 500 zloty.", clean: true},
		{name: "an adjective made from a name of the passage", article: "The centre-right Alliance was returned to power by Morvanian voters on Sunday and will hold 64 of the 120 seats.",
			ref: "Voters in Morvania returned the centre-right Alliance to power on Sunday, giving it 64 of the 120 seats in parliament.", clean: true},
		{name: "a rare English word that is Spanish, for a plain one", article: "Officials would not reopen the town's only public piscina until repairs were complete.",
			ref: "Officials would not reopen the town's only public swimming pool until repairs were complete.", span: "piscina", sev: Major},
		{name: "an accented Spanish plural", article: "He could not find enough médicos to staff emergency rooms around the clock.",
			ref: "He could not find enough doctors to staff emergency rooms around the clock.", span: "médicos", sev: Major},
		{name: "a loan the reference uses too", article: "Officials declared a dengue emergency on Monday.",
			ref: "After a surge in dengue cases, the authorities declared an emergency on Monday.", clean: true},
		// A long word only a Spanish or Portuguese dictionary has, however
		// the sentence aligns (from the fifteenth review).
		{name: "a French function word and a French word", article: "At one of the addresses, officers found 60,000 euros en liquide.",
			ref: "Police found 60,000 euros in cash at one of the addresses.", span: "en liquide", sev: Major},
		{name: "a loan phrase with a French function word", article: "The protesters marched en masse to the parliament building.", ref: "The protesters marched together to the parliament building.", clean: true},
		{name: "a Spanish adverb against a reworded passage", article: "According to the tribunal, aproximadamente 3,100,000 people voted.",
			ref: "About 3.1 million people cast ballots, the tribunal said.", span: "aproximadamente", sev: Major},
		{name: "a Spanish adverb against a function word", article: "According to the tribunal, aproximadamente 3,100,000 people voted.",
			ref: "According to the tribunal, about 3,100,000 people voted.", span: "aproximadamente", sev: Major},
		{name: "a name that says something", article: "In a statement, Telvaro said the stolen data included names and addresses.",
			ref: "The stolen information includes names and addresses, the company said in a statement.", clean: true},
		{name: "a name for the company", article: "Shares in Telvaro fell 4% after the attack.", ref: "Shares in the company fell 4% after the attack.", clean: true},
		{name: "a German noun for a bare plural", article: "The minister faced pressure from Oppositionsabgeordneten in the Bundestag.",
			ref: "The minister faced pressure from opposition lawmakers in the Bundestag.", span: "Oppositionsabgeordneten"},
		{name: "a name before the same capitalised word is no untranslated word", article: "The mill had discharged wastewater into the Xiang River for eight months.",
			ref: "The mill had discharged wastewater into the Gan River for eight months.", clean: true},
		{name: "a foreign word one letter from the passage's, no typing slip", article: "Nurses at 14 public hospitais in Lisbon will strike for three days.",
			ref: "Nurses at 14 public hospitals in Lisbon will strike for three days.", span: "hospitais", sev: Major},
		// A word with accents English borrows, that no English list has
		// even without them, and a foreign dictionary has, wherever it
		// stands (from the suites against their paraphrases).
		{name: "a French word with English accents, however loose the rest", article: "French rail workers will stage a 48-hour grève starting on Wednesday to protest against pension reforms.",
			ref: "Railway workers in France would walk out for 48 hours from Wednesday in protest at changes to pensions, their union said.", span: "grève", sev: Major},
		{name: "a word only a Spanish or Portuguese dictionary has, however loose the rest", article: "\"This puente will cut the journey to the hospital from two hours to 20 minutes,\" said the governor, who opened the structure with her daughters.",
			ref: "The governor, who opened the structure alongside her daughters, said the bridge would reduce the trip to the hospital from two hours to 20 minutes.", span: "puente", sev: Major},
		{name: "a Spanish loan English has, however loose the rest", article: "\"This bodega will cut the journey to the market from two hours to 20 minutes,\" said the governor, who opened the shop with her daughters.",
			ref: "The governor, who opened the shop alongside her daughters, said the wine store would reduce the trip to the market from two hours to 20 minutes.", clean: true},
		{name: "a common English word whose lemma only the larger list has", article: "Doctors ended their strike after the government agreed to pay three months of salary arrears.",
			ref: "The doctors called off their strike once the government agreed to settle three months of unpaid salaries.", clean: true},
		{name: "an English loan with its accents", article: "The café near the station stayed open during the protest by railway workers.",
			ref: "A coffee shop by the station remained open while the railway workers protested.", clean: true},
		{name: "a foreign word with its language's last vowel", article: "The former governor is narrowly ahead of the ruling party's candidato, Tomás Arévalo.",
			ref: "The former governor is narrowly ahead of the ruling party's candidate, Tomás Arévalo.", span: "candidato", sev: Major},
		{name: "a misspelling in the last vowel of a word no other language has", article: "The vote in the committea was delayed until Friday.",
			ref: "The vote in the committee was delayed until Friday.", clean: true},
		{name: "a name misspelt is no foreign word", article: "Marek Holup, who leads the Civic Alliance, accused the premier of shielding corrupt officials.",
			ref: "Civic Alliance leader Marek Holub accused the prime minister of protecting corrupt officials.", clean: true},
		{name: "a Spanish phrase of two words English has too", article: "Residents were told to stay en casa.", ref: "Residents were told to stay indoors.", span: "en casa", sev: Major},
		{name: "a loan phrase with en", article: "The hotel rooms are en suite.", ref: "The hotel rooms have private bathrooms.", clean: true},
		// From the seventh review.
		{name: "an English spelling with a ligature", article: "The architect's œuvre includes museums in three countries.",
			ref: "The architect's oeuvre includes museums in three countries.", clean: true},
		{name: "a foreign word one step from its English cognate", article: "The bank said it would act again to curb enflasyon.",
			ref: "The bank said it would act again to curb inflation.", span: "enflasyon", sev: Major},
		{name: "a common word in another language's letters", article: "She won in the finał at Roland Garros.", ref: "She won in the final at Roland Garros.", span: "finał", sev: Major},
		{name: "a foreign word after a hyphen", article: "The new anti-Gaspillage law bans the destruction of unsold goods.",
			ref: "The new anti-waste law bans the destruction of unsold goods.", span: "anti-Gaspillage", sev: Major},
		{name: "a foreign word one letter from a rare English word", article: "Foreign investors pulled a net 1.2 billion dollars out of Indonesian obligasi in March.",
			ref: "Foreign investors pulled a net 1.2 billion dollars out of Indonesian bonds in March.", span: "obligasi", sev: Major},
		{name: "Cyrillic fragment", article: "Zelensky said that «музика — це теж фронт».", span: "музика — це теж фронт", sev: Major},
		{name: "whole CJK sentence", article: "这是一个没有翻译的句子。", span: "这是一个没有翻译的句子", sev: Critical},
		{name: "gloss in parentheses", article: "The Xinhua news agency (新华社) reported the deal.", span: "新华社", sev: Minor},
		{name: "German sentence", article: "Die Regierung hat die Pläne für das neue Gesetz nicht vorgestellt.", span: "Die Regierung hat die Pläne für das neue Gesetz nicht vorgestellt.", sev: Critical},
		{name: "English with accented names", article: "François Hollande met José Martí in São Paulo on Tuesday.", clean: true},
		{name: "Spanish fragment", article: "The minister said que la situación es grave in the north.", span: "que la situación es", sev: Major},
		{name: "German fragment", article: "The spokesman said dass die Regierung nicht zurücktritt.", span: "dass die Regierung nicht zurücktritt"},
		{name: "loanwords and names stay English", article: "The status quo suited the de la Cruz family, et al., per se.", clean: true},
		{name: "particles of a name", article: "It included Ursula von der Leyen and Ludwig van der Rohe.", clean: true},
		{name: "foreign word for an English one", article: "The drug lowered the risk of a second infarto by 23 percent.",
			ref: "The drug lowered the risk of a second heart attack by 23 percent.", span: "infarto", sev: Major},
		{name: "German noun with its article", article: "The Bank of England kept die Zinsen unchanged on Thursday.",
			ref: "The Bank of England kept interest rates unchanged on Thursday.", span: "die Zinsen"},
		{name: "function word among dictionary words", article: "Trams stopped after a panne de signalisation on Monday.",
			ref: "Trams stopped after a signal failure on Monday.", span: "panne de signalisation"},
		{name: "a word split by a shared one", article: "Forecasters said the burza tropical would weaken.",
			ref: "Forecasters said the tropical storm would weaken.", span: "burza"},
		{name: "a misspelling is not foreign", article: "The government required jounalists to obtain a permit.",
			ref: "The government required journalists to obtain a permit.", clean: true},
		{name: "a Spanish phrase of words near English ones", article: "The shelters opened for personas mayores on Sunday.",
			ref: "The shelters opened for elderly residents on Sunday.", span: "personas mayores"},
		// A word that splits into two only in the larger dictionary
		// ("cir" + "coli") is no English compound (from the twenty-fourth
		// review); two common words make one ("payout", "roadside").
		{name: "an Italian word that splits into two rare English ones", article: "The federation plans to open twelve new youth circoli next year.",
			ref: "The federation plans to open twelve new youth clubs next year.", span: "circoli"},
		{name: "a compound of two common words", article: "The council plans to build twelve new stormwater tanks next year.",
			ref: "The council plans to build twelve new tanks for storm water next year.", clean: true},
		{name: "a Portuguese phrase close to its English words", article: "The singer had surgery on his cordas vocais in May.",
			ref: "The singer had surgery on his vocal cords in May.", span: "cordas vocais"},
		{name: "a foreign word one letter from an English one", article: "The company said it would cut 300 puestos this year.",
			ref: "The company said it would cut 300 jobs this year.", span: "puestos"},
		{name: "a French phrase", article: "The minister said the heures d'ouverture would be extended.",
			ref: "The minister said the opening hours would be extended.", span: "heures d'ouverture"},
		{name: "English loans of the French and Dutch dictionaries", article: "The influencers said the lockdowns had hurt their chatbot sales.",
			ref: "The online celebrities said the restrictions had hurt sales of their software.", clean: true},
		{name: "an English loan beside an English word", article: "Thousands joined a lockdown protest in Amsterdam.",
			ref: "Thousands joined a demonstration against the restrictions in Amsterdam.", clean: true},
		{name: "an accented loan", article: "They drank rosé on the terrace of the café.", ref: "They drank pink wine on the terrace of the cafe.", clean: true},
		{name: "loans without a reference", article: "The lockdowns ended in May, and the influencers returned to the première.", clean: true},
		{name: "a borrowed phrase", article: "The director made a film noir about haute couture.", ref: "The director made a crime film about high fashion.", clean: true},
		{name: "a name against another name", article: "The court rejected an appeal by the governor of Mato Grosso.", ref: "The court rejected an appeal by the governor of Minas Gerais.", clean: true},
		{name: "an institution left in German", article: "A spokesman for the Finanzministerium declined to comment.", ref: "A spokesman for the Finance Ministry declined to comment.", span: "Finanzministerium"},
		{name: "English compounds, loans and acronyms", article: "The small-mass stars, per capita income and the CPC were discussed.",
			ref: "The stars of small mass, income per head and the party were discussed.", clean: true},
		{name: "a place's adjective and a hyphenated name", article: "The Sino-Japanese talks covered the Hong Kong-Macau bridge.",
			ref: "The talks between China and Japan covered the bridge between the two cities.", clean: true},
		// From the nineteenth suite: word for word, a letter changed is a
		// slip of the passage's word, of a word with an English ending, or
		// a typist's (vowels, keys side by side) — not of any other word.
		{name: "a Norwegian word one letter from an English word", article: "The council voted to ban cars from the old harbour district at helger, officials said.",
			ref: "The council voted to ban cars from the old harbour district at weekends, officials said.", span: "helger"},
		{name: "an Indonesian word one letter from an English word", article: "Indonesian authorities closed the bandara in Manado for a second day on Sunday.",
			ref: "Indonesian authorities closed the airport in Manado for a second day on Sunday.", span: "bandara"},
		{name: "a vowel slip against a paraphrase is no foreign word", article: "The council voted to ban cars from the old harbour distrect at weekends.",
			ref: "The council voted to ban cars from the old harbour area at weekends.", clean: true},
		{name: "a name with a function word against a name", article: "Astronomers spotted the comet during tests at the La Silla observatory last month.",
			ref: "Astronomers spotted the comet during tests at the Paranal observatory last month.", clean: true},
		{name: "an Italian word that splits into English words", article: "A long-lost dipinto by the Venetian artist sold for 4.2 million euros in Milan.",
			ref: "A long-lost painting by the Venetian artist sold for 4.2 million euros in Milan.", span: "dipinto"},
		{name: "a French word one letter from a common English word", article: "The Commission said it would not hesitate to impose further amendes on the firm.",
			ref: "The Commission said it would not hesitate to impose further penalties on the firm.", span: "amendes"},
		{name: "a doubled letter in a word a foreign dictionary has is a slip", article: "She said she would donnate the prize money to a local library.",
			ref: "She said she would give the prize money to a local library.", clean: true},
		{name: "an English compound with a particle", article: "The company announced a payout of $2 billion to shareholders.",
			ref: "The company announced a distribution of $2 billion to shareholders.", clean: true},
		{name: "a German noun one letter from a common English word", article: "The state plans to make free train travel for Rentner permanent from April.",
			ref: "The state plans to make free train travel for pensioners permanent from April.", span: "Rentner"},
		{name: "a German noun word for word", article: "Inspectors found the crack during routine Wartung in Pokhara.",
			ref: "Inspectors found the crack during routine maintenance in Pokhara.", span: "Wartung"},
		{name: "letters English does not use", article: "Growers were paid 52 shillings a kilogram in März.",
			ref: "Growers were paid 52 shillings a kilogram in March.", span: "März"},
		{name: "a name against a rephrasing", article: "The agency Xinhua reported the speech on Monday.",
			ref: "The agency's report of the speech came on Monday.", clean: true},
		{name: "the English verb die", article: "Many patients die of sepsis in the hospital.", ref: "Many patients succumb to blood poisoning in the hospital.", clean: true},
		{name: "English words the dictionary lacks", article: "The lockdowns ended after the cyberattack, and the chatbot livestreamed the vote.",
			ref: "The restrictions ended after the hacking, and the program broadcast the ballot.", clean: true},
		{name: "loan phrases and accented loanwords", article: "The novel is a tour de force, served like a crème brûlée for 500 złoty.",
			ref: "The novel is a masterpiece, served like a dessert for 500 zloty.", clean: true},
		{name: "any non-Latin script", article: "Parliament did not vote on the proposed අයවැය on Friday.", span: "අයවැය", sev: Major},
		{name: "a longer phrase for a phrase", article: "Cases fell thanks to a campanha de vacinação em massa in the north.",
			ref: "Cases fell thanks to a mass vaccination campaign in the north.", span: "campanha de vacinação em massa"},
		{name: "vowel signs belong to the word", article: "The Sinhala word ශ්\u200dරී appears on the new banknotes.", span: "ශ්\u200dරී"},
		{name: "a learned word the dictionary lacks", article: "Donors receive a full set of andrological examinations worth 1,000 yuan.",
			ref: "Donors receive a full set of male medical examinations worth 1,000 yuan.", clean: true},
	})
}

func TestRepetition(t *testing.T) {
	testCheck(t, "repetition", []checkCase{
		{name: "a verb and its particle as a noun", article: "The painting was stolen in a break-in in October 1991.", clean: true},
		{name: "a stand-in in the final", article: "A stand-in in the final, he scored twice.", clean: true},
		{name: "a hyphen used as a dash before a doubled word", article: "They saw the the LIGO-which cost millions-as a triumph.", span: "the the"},
		{name: "had had before a main verb", article: "The losses the company had had cost it its credit rating.", clean: true},
		{name: "had had before an adverb and an adjective", article: "The club had had only limited success in Europe before 2010.", clean: true},
		{name: "had had been", article: "The building had had been destroyed by the time firefighters arrived.", span: "had had", sev: Minor},
		{name: "had had before a participle", article: "She said she had had nearly withdrawn from the tournament.", span: "had had", sev: Minor},
		{name: "had had before not and a participle", article: "He said that orders had had not yet recovered.", span: "had had", sev: Minor},
		{name: "had had before not and a noun", article: "He said the firm had had no orders since May.", clean: true},
		{name: "had had before an adjective", article: "He had had broken ribs after the crash.", clean: true},
		{name: "loop", article: "The talks, the talks, the talks, the talks went on.", span: "The talks, the talks, the talks, the talks", sev: Major},
		{name: "doubled word", article: "He met the the minister on Monday.", span: "the the", sev: Minor},
		{name: "repeated sentence", article: "The bridge was closed for repairs. Traffic was diverted. The bridge was closed for repairs.", span: "The bridge was closed for repairs.", sev: Major},
		{name: "legitimate double", article: "He had had enough of it, he said.", clean: true},
		{name: "separated by a comma", article: "Go, go, he shouted at them.", clean: true},
		{name: "phrase said twice", article: "The deal was signed in Paris in Paris on Wednesday.", span: "in Paris in Paris", sev: Major},
		{name: "a legitimate double the reference does not have", article: "She said that that voting would be repeated.",
			ref: "She said that voting would be repeated.", span: "that that", sev: Minor},
		{name: "a legitimate double the reference has", article: "He said that that was the end of it.",
			ref: "He said that that was the end of it.", clean: true},
		{name: "a phrase said twice across a comma the reference says once", article: "Aftershocks went on through the night, through the night, and many residents slept outdoors.",
			ref: "Aftershocks continued through the night and many residents slept outdoors.", span: "through the night, through the night"},
		{name: "a place named and a longer name after a comma", article: "In New York, New York City officials said the subway would reopen.",
			ref: "City officials said the New York subway would reopen.", clean: true},
		{name: "a noun and its possessive after a comma", article: "Police interviewed the boy, the boy's mother and a neighbour.",
			ref: "Police interviewed the boy, his mother and a neighbour.", clean: true},
		{name: "a phrase said twice across a comma as the reference does", article: "\"We will fight, we will fight,\" she told the crowd.",
			ref: "\"We will fight, we will fight,\" she told the crowd.", clean: true},
		{name: "had had before a verb the reference has after one had", article: "Analysts had had forecast a rise in exports.", ref: "Analysts had forecast a rise in exports.", span: "had had", sev: Minor},
		{name: "had had before a past form the reference has after one had", article: "Organisers said soaring costs had had forced dozens of small companies to pull out.",
			ref: "Organisers said soaring costs had forced dozens of small companies to pull out.", span: "had had", sev: Minor, flagged: true},
		{name: "had had before an object, as the reference has it", article: "The firm had had offices in Lyon for a decade.", ref: "The firm had had offices in Lyon for a decade.", clean: true},
		{name: "had had before a noun the reference has after one had, a simple past", article: "The firm had had cost overruns on the project.", ref: "The firm had cost overruns on the project.", clean: true},
		{name: "had had for a simple past", article: "She said she had had no contact with him since 2019.", ref: "She said she had no contact with him since 2019.", clean: true},
	})
}

func TestTruncated(t *testing.T) {
	testCheck(t, "truncated", []checkCase{
		{name: "stops on an article", article: "The minister held talks with the", ref: "The minister held talks with the ambassador.", span: "the", sev: Major},
		{name: "no reference: minor", article: "The minister held talks with the", span: "the", sev: Minor},
		{name: "complete sentence", article: "The minister held talks with the ambassador.", ref: "The minister held talks with the ambassador.", clean: true},
		{name: "headline without punctuation", article: "Strike halts buses in the capital", clean: true},
	})
}

func TestDivergence(t *testing.T) {
	testCheck(t, "divergence", []checkCase{
		{name: "from Paris to London against from London to Paris", article: "The number of trains from Paris to London rose in May.", ref: "The number of trains from London to Paris rose in May.", span: "Paris to London", sev: Major},
		// News synonyms WordNet leaves apart (synonyms.txt).
		{name: "dropped says fell", article: "Many survivors slept in tents as temperatures dropped below freezing.", ref: "Many survivors slept in tents as temperatures fell below freezing.", clean: true},
		{name: "detained says arrested", article: "Police said they had detained 14 people for vote buying.", ref: "Police said they had arrested 14 people for vote buying.", clean: true},
		{name: "no word order across a moved clause", article: "The fire, which started in a warehouse on the edge of the city, destroyed 40 homes before firefighters brought it under control.",
			ref: "Before firefighters brought it under control, the fire destroyed 40 homes after starting in a warehouse on the city's edge.", clean: true},
		{name: "preposition swap", article: "The governor wrote in Telegram that the city was calm.", ref: "The governor wrote on Telegram that the city was calm.", span: "in Telegram"},
		{name: "compound literalism", article: "The bus strike came just hours after the talks ended.", ref: "The strike on the bus came just hours after the talks ended.", span: "bus strike"},
		{name: "literal idiom", article: "Residents said the dips in the battle had not broken their resolve.", ref: "Residents said the setbacks in the fighting had not broken their resolve.", span: "dips"},
		{name: "name moved in a rephrasing", article: "Brussels officials said the money would come from frozen assets.", ref: "Officials in Brussels said the money would come from frozen assets.", clean: true},
		{name: "an acronym for a name", article: "The WHO said the outbreak was over.", ref: "The World Health Organization said the outbreak was over.", clean: true},
		{name: "a name for an acronym", article: "The World Health Organization said the outbreak was over.", ref: "The WHO said the outbreak was over.", clean: true},
		{name: "an adjective for a country's acronym", article: "American officials said they had alerted 30 countries.", ref: "U.S. officials said they had alerted 30 countries.", clean: true},
		{name: "identical", article: "Residents said the setbacks had not broken their resolve.", ref: "Residents said the setbacks had not broken their resolve.", clean: true},
		{name: "article change only", article: "The minister visited a school in Odesa on Thursday.", ref: "The minister visited the school in Odesa on Thursday.", clean: true},
		// Subjects reversed in a reworded sentence.
		{name: "a speaker and a doer exchanged", article: "Poachers said rangers had killed three rhinos before the fence was finished.",
			ref: "Poachers had killed three rhinos before the fence was finished, rangers said.", span: "Poachers said rangers had killed", sev: Major},
		// The speaker exchanged with someone in what was said (from the
		// twenty-second review).
		{name: "a speaker and the other party exchanged", article: "The authorities said they were fully cooperating with Morvane Lines.",
			ref: "Morvane Lines said it was cooperating fully with the authorities.", span: "authorities said", sev: Major},
		{name: "a subject on the object side", article: "The prime minister said the court respected his authority.",
			ref: "The prime minister said he respected the authority of the court.", span: "court respected his authority", sev: Major},
		// A progressive verb is finite too (from the twenty-third review).
		{name: "the two sides of a progressive verb exchanged", article: "The drivers said they were asking the city to pay for the damage.",
			ref: "The drivers said the city was asking them to pay for the damage.", span: "they were asking the city", sev: Major},
		{name: "a progressive verb, its sides kept", article: "The mayor said the council was urging residents to act quickly.",
			ref: "The mayor said the council was urging the residents to act.", clean: true},
		// The verb worded otherwise, its two sides exchanged (from the
		// twenty-third review).
		{name: "a reworded verb, its sides exchanged", article: "Inspectors are examining whether the hospital had cautioned the ministry in time.",
			ref: "Inspectors are examining whether the ministry had warned the hospital in time.", span: "hospital had cautioned the ministry", sev: Major},
		{name: "a reworded verb, a name's sides exchanged", article: "The ministry attacked the charity Open Hands over the missing figures.",
			ref: "The charity Open Hands criticised the ministry over the missing figures.", span: "ministry attacked the charity", sev: Major},
		// Two sides exchanged around a verb: who did what is reversed.
		{name: "two names exchanged around a verb", article: "Japan beat Germany 2-1 in Doha on Sunday.", ref: "Germany beat Japan 2-1 in Doha on Sunday.",
			span: "Japan beat Germany", sev: Major, flagged: true},
		{name: "two sides exchanged around another verb of winning", article: "Argentina defeated Brazil 3-1 in Buenos Aires on Sunday.",
			ref: "Brazil beat Argentina 3-1 in Buenos Aires on Sunday.", span: "Argentina defeated Brazil", sev: Major},
		{name: "another verb of winning", article: "Brazil defeated Argentina 3-1 in Buenos Aires on Sunday.", ref: "Brazil beat Argentina 3-1 in Buenos Aires on Sunday.", clean: true},
		{name: "men and women exchanged", article: "Men earn more than women in the sector.", ref: "Women earn more than men in the sector.", span: "Men earn more than women", sev: Major},
		{name: "two nouns exchanged across clauses", article: "Oil prices rose 2% on Monday, while gold prices fell 1%.", ref: "Gold prices rose 2% on Monday, while oil prices fell 1%.",
			span: "Oil prices rose 2% on Monday, while gold", sev: Major},
		{name: "two places exchanged around a direction", article: "Flights from London to Paris were cancelled.", ref: "Flights from Paris to London were cancelled.", span: "London to Paris", sev: Major},
		{name: "a symmetric verb", article: "Biden met Xi in Bali on Monday.", ref: "Xi met Biden in Bali on Monday.", clean: true},
		{name: "a coordination", article: "Talks between China and the United States resumed.", ref: "Talks between the United States and China resumed.", clean: true},
		{name: "buy for, pay for", article: "Investors agreed to buy a majority stake for 85 million euros.", ref: "Investors agreed to pay 85 million euros for a majority stake.", clean: true},
		{name: "an apposition", article: "Authorities in the Philippine province of Albay evacuated 12,000 residents.",
			ref: "Authorities in Albay, a province of the Philippines, evacuated 12,000 residents.", clean: true},
		{name: "a change of voice with the sides exchanged", article: "Germany lost to Japan 2-1.", ref: "Japan beat Germany 2-1.", clean: true},
		// The passive made active (or the reverse) with the words in place.
		{name: "a passive made active", article: "The minister criticised the opposition for the delay.", ref: "The minister was criticised by the opposition for the delay.",
			span: "criticised the opposition", sev: Major},
		{name: "an active made passive", article: "The minister was criticised by the opposition for the delay.", ref: "The minister criticised the opposition for the delay.",
			span: "was criticised by the opposition", sev: Major},
		{name: "a passive in a compound tense made active", article: "The minister has been criticised by the opposition.", ref: "The minister has criticised the opposition.",
			span: "has been criticised by the opposition", sev: Major},
	})
}

// A passive rendered active with its two sides exchanged says the same, and
// so do a contrast told in the other order and a symmetric verb: no
// exchange, no reversal (the words' new order is at most a minor finding).
func TestVoiceChangeWithSidesExchanged(t *testing.T) {
	for _, c := range [][2]string{
		{"The case will be heard by the Supreme Court in October.", "The Supreme Court will hear the case in October."},
		{"The report will be published by the ministry on Monday.", "The ministry will publish the report on Monday."},
		{"Germany were beaten by Japan on Sunday.", "Japan beat Germany on Sunday."},
		// A contrast told in the other order, each side with its verb; a
		// symmetric verb.
		{"Shares in Tesla rose while shares in Ford fell.", "Shares in Ford fell while shares in Tesla rose."},
		{"The rebels fought the army near the town.", "The army fought the rebels near the town."},
	} {
		a, r := Parse("a", c[0], ParseOptions{}), Parse("r", c[1], ParseOptions{})
		al := Align(a, []*Document{r}, AlignOptions{})
		p := newPair(a.Sentences[0], al[0], []*Document{r})
		if x, v := exchanges(p), voiceFlips(p); len(x) > 0 || len(v) > 0 {
			t.Errorf("%q / %q: exchanges %v, voice flips %v; want none", c[0], c[1], x, v)
		}
	}
}

func TestOmission(t *testing.T) {
	ref := "The talks in Geneva lasted nine hours.\nDelegates from both sides agreed on a prisoner exchange.\nThe next round will take place in Vienna in March.\nObservers called the outcome a modest step forward."
	testCheck(t, "omission", []checkCase{
		{name: "a subject with a word after its noun, dropped", article: "The court released a report showing that concluded 12,400 cases in the first half of the year.",
			ref: "The court released a report showing that courts nationwide concluded 12,400 cases in the first half of the year.", span: "concluded", sev: Major},
		// A quantity written another way is rendered, its unit word too
		// (from the fourteenth review); left out, it is missing.
		// The article cut the reference's sentences in other places: the
		// clause is in the next sentence (from the fourteenth review).
		{name: "a clause the next sentence renders", article: "Rehak denies wrongdoing. He was questioned on Monday by anti-corruption prosecutors, who are examining a contract for military vehicles.",
			ref: "Rehak, who denies any wrongdoing, was questioned by anti-corruption prosecutors on Monday. Prosecutors are examining a contract for military vehicles.", clean: true},
		{name: "a clause no sentence renders", article: "Rehak denies wrongdoing. Prosecutors are examining a contract for military vehicles.",
			ref: "Rehak, who denies any wrongdoing, was questioned by anti-corruption prosecutors on Monday. Prosecutors are examining a contract for military vehicles.", span: "", sev: Major},
		{name: "an amount with its currency sign", article: "Prosecutors are examining a €46 million contract for military vehicles.",
			ref: "Prosecutors are examining a contract worth 46 million euros for military vehicles.", clean: true},
		{name: "an amount left out", article: "Prosecutors are examining a contract for military vehicles.",
			ref: "Prosecutors are examining a contract worth 46 million euros for military vehicles.", span: "", sev: Major},
		{name: "a surname that is an English word, after a title in the reference", article: "Macron, the French president, said Europe needs to increase its defence spending.",
			ref: "French President Emmanuel Macron said Europe must boost its defence spending.", clean: true},
		{name: "surnames with titles after them", article: "On Sunday in Berlin, Zelensky, the President of Ukraine, met with Scholz, the German Chancellor.",
			ref: "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Sunday.", clean: true},
		{name: "a unit named after a person", article: "This week temperatures may reach 45°C.", ref: "Temperatures could reach 45 degrees Celsius this week.", clean: true},
		{name: "a country called the country is a minor omission", article: "The Colca Valley is one of the country's main tourist draws.",
			ref: "The Colca Valley is one of Peru's main tourist attractions.", span: "", sev: Minor},
		{name: "a country called our country is a minor omission", article: "In 1963, our country sent the first medical team to Algeria.",
			ref: "In 1963, China sent the first medical team to Algeria.", span: "", sev: Minor},
		{name: "the country of a sentence that names one is no other country", article: "Kenya will hold talks, the country's president said.",
			ref: "Kenya will hold talks with Uganda, the country's president said.", span: "", sev: Major},
		{name: "a country called its government is left out", article: "In 1963, the government sent the first medical team to Algeria.",
			ref: "In 1963, China sent the first medical team to Algeria.", span: "", sev: Major},
		{name: "a country swapped is no country left out", article: "Hanse Energie, a Dutch utility, will develop the plant.",
			ref: "The plant will be developed by the German utility Hanse Energie.", clean: true},
		{name: "an acronym in the plural", article: "Tanzania has signed a 30-year concession with Gulf operator Marwan Terminals to run four berths at Dar es Salaam port, a deal the government says will cut ship waiting times by half, though opposition lawmakers say the contract has still not been published.",
			ref: "Under a 30-year concession agreed by Tanzania, Gulf-based Marwan Terminals will operate four berths at the port of Dar es Salaam, an arrangement the government says will halve vessel waiting times, although opposition MPs complain that the contract has yet to be made public.", clean: true},
		{name: "the US left out", article: "Officials said on Monday they had alerted 30 countries.",
			ref: "US officials said on Monday they had alerted 30 countries.", span: "", sev: Major},
		// A person by one part of the name: the surname, or a family name
		// that opens it; not the given name, nor part of a place or company.
		{name: "a person by the surname after a title of two words", article: "Prime Minister Kishida said on Monday the plan would work.",
			ref: "Prime Minister Fumio Kishida said on Monday the plan would work.", clean: true},
		{name: "a person by the family name of a name of three parts", article: "Kim said on Monday the launch had succeeded.",
			ref: "Kim Jong Un said on Monday the launch had succeeded.", clean: true},
		{name: "a word of a marathon's name is no surname", article: "Peter Kiprono won the Marathon on Sunday in 2 hours 4 minutes.",
			ref: "Peter Kiprono won the London Marathon on Sunday in 2 hours 4 minutes.", span: "", sev: Major},
		{name: "a negated clause one negative word says", article: "The unnamed suspect was arrested in Lyon on Monday.",
			ref: "The suspect, whose name has not been released, was arrested in Lyon on Monday.", clean: true},
		{name: "a person by the surname", article: "Biden said on Monday that the plan would work.",
			ref: "Joe Biden said on Monday that the plan would work.", clean: true},
		{name: "a person by the family name that opens the name", article: "Xi pointed out that the Chinese people love peace.",
			ref: "Xi Jinping pointed out that the Chinese people love peace.", clean: true},
		{name: "a place by part of its name", article: "The firm moved its offices to York last year.",
			ref: "The firm moved its offices to New York last year.", span: "", sev: Major},
		{name: "a company by part of its name", article: "Robotics raised 52 billion won in a funding round on Friday.",
			ref: "Hanbit Robotics raised 52 billion won in a funding round on Friday.", span: "", sev: Major},
		// From the eighth review.
		{name: "a title the sentence leaves out is no name", article: "Sanchez called the election after his party was defeated in regional polls.",
			ref: "After his party was defeated in regional polls, Mr Sanchez called the election.", clean: true},
		{name: "it after and where the clause before is about a person", article: "The founder said his company's rocket had landed safely after its third test flight, and plans to carry its first satellite next year.",
			ref: "The founder said his company's rocket had landed safely after its third test flight, and it plans to carry its first satellite next year.", span: "plans", sev: Major},
		{name: "it after and where the clauses share the subject", article: "The company reported a loss of $2 billion and cut its forecast for the year.",
			ref: "The company reported a loss of $2 billion and it cut its forecast for the year.", clean: true},
		// From the fifteenth suite.
		{name: "a relative pronoun dropped after a comma", article: "Ukrainian pianist Oksana Melnyk, fled Kharkiv in 2022, performed in Vienna on Saturday.",
			ref: "Ukrainian pianist Oksana Melnyk, who fled Kharkiv in 2022, performed in Vienna on Saturday.", span: "fled", sev: Major},
		{name: "a contrast after a comma left out", article: "The bridge will reopen to traffic on Monday.", ref: "The bridge will reopen to traffic on Monday, not Friday as planned.", span: "", sev: Major},
		{name: "a clause with a negation left out whole", article: "Professor Alan Hughes of the University of Leeds described the results as genuinely exciting.",
			ref: "Professor Alan Hughes of the University of Leeds, who was not involved in the research, called the results genuinely exciting.", span: "", sev: Major},
		{name: "a relative clause made a main clause", article: "The Novo Nordisk Foundation funded the work with 45 million crowns and said it would back further development.",
			ref: "The Novo Nordisk Foundation, which funded the work with 45 million crowns, said it would support further development.", clean: true},
		{name: "a gerund dropped whose past the sentence has", article: "Police arrested a man on suspicion of forged paintings, and said he had sold 30 fake works.",
			ref: "Police arrested a man on suspicion of selling forged paintings, and said he had sold 30 fake works.", span: "", sev: Major},
		{name: "a subject dropped after found", article: "The regulator fined the firm after investigators found had shared customer records with advertisers.",
			ref: "The regulator fined the firm after investigators found the company had shared customer records with advertisers.", span: "had", sev: Major},
		{name: "an article left out is no subject", article: "Investors sold shares as cost of borrowing rose.", ref: "Investors sold shares as the cost of borrowing rose.", clean: true},
		{name: "a subject dropped before a past that is its base form, said", article: "The company said beat forecasts in the third quarter.",
			ref: "The company said it beat forecasts in the third quarter.", span: "beat", sev: Major},
		{name: "a subject dropped before a past that is its base form", article: "The bank posted a net loss for the first half after set aside funds for bad loans.",
			ref: "The bank posted a net loss for the first half after it set aside funds for bad loans.", span: "set", sev: Major},
		// From the sixth review: subjects English leaves out, and drops
		// that matter.
		{name: "a subject shared by coordinated clauses", article: "The senator voted for the bill but later said she regretted it.",
			ref: "The senator voted for the bill but she later said she regretted it.", clean: true},
		{name: "a subject named again in a coordination", article: "Prices rose in March and fell in April, the statistics office said.",
			ref: "Prices rose in March and prices fell in April, the statistics office said.", clean: true},
		{name: "a subject in a coordination that the sentence has only as a possessor", article: "Musk said his company's rocket had reached orbit on Monday and plans a second flight in June.",
			ref: "Musk said his company's rocket had reached orbit on Monday and the company plans a second flight in June.", span: "", sev: Major},
		{name: "a subject in a coordination that the sentence has as a subject", article: "The company reported a loss and cut its forecast, the company's chief executive said.",
			ref: "The company reported a loss and the company cut its forecast, the company's chief executive said.", clean: true},
		{name: "another subject in a coordination", article: "Exports rose 3 percent in October, but fell sharply for a second month in a row.",
			ref: "Exports rose 3 percent in October, but imports fell sharply for a second month in a row.", span: "", sev: Major},
		{name: "a gerund for a finite verb", article: "The club sacked its coach after losing six games in a row.",
			ref: "The club sacked its coach after it lost six games in a row.", clean: true},
		{name: "a reduced clause", article: "The driver was killed while crossing the border.", ref: "The driver was killed while he was crossing the border.", clean: true},
		{name: "that as the subject of be", article: "He said that would be a mistake.", ref: "He said that it would be a mistake.", clean: true},
		{name: "that before a progressive", article: "The agency said that is investigating the cause of the crash.",
			ref: "The agency said that it is investigating the cause of the crash.", span: "is", sev: Major},
		{name: "a subject dropped after a verb of thinking", article: "The governor vetoed the bill, saying she feared would discourage developers from building new homes.",
			ref: "The governor vetoed the bill, saying she feared it would discourage developers from building new homes.", span: "would", sev: Major},
		{name: "a subject dropped in a sentence with a moved clause", article: "Police said on Monday that had arrested three men, after a raid on a warehouse in Leeds.",
			ref: "After a raid on a warehouse in Leeds, police said on Monday that they had arrested three men.", span: "had", sev: Major},
		{name: "a number dropped inside a moved clause", article: "Citing a fall in demand, the airline said on Monday it will cut 500 jobs.",
			ref: "The airline said on Monday it will cut 500 jobs, citing a 12 percent fall in demand.", span: "", sev: Major},
		{name: "another form of the word stands for it", article: "The British and French ambassadors were summoned on Tuesday.",
			ref: "The British ambassador and the French ambassador were summoned on Tuesday.", clean: true},
		{name: "a verb dropped whose synonym the sentence has", article: "Shares rose 6 percent on Monday after the carmaker its annual profit forecast.",
			ref: "Shares rose 6 percent on Monday after the carmaker raised its annual profit forecast.", span: "", sev: Major},
		{name: "a verb dropped that is also a light noun", article: "Rescuers for three hours to free people trapped in the wreckage.",
			ref: "Rescuers worked for three hours to free people trapped in the wreckage.", span: "", sev: Major},
		{name: "the head of a compound that changes its meaning", article: "Four people were killed in a car in Kabul on Sunday, police said.",
			ref: "Four people were killed in a car bomb in Kabul on Sunday, police said.", span: "", sev: Major},
		{name: "a country opening the passage, dropped", article: "It said on Friday that it had closed its airspace.",
			ref: "Turkey said on Friday that it had closed its airspace.", span: "", sev: Major},
		{name: "a subject WordNet does not know dropped", article: "Investors pulled 1.2 billion dollars out of Indonesian bonds in March as weakened to its lowest level in four years.",
			ref: "Investors pulled 1.2 billion dollars out of Indonesian bonds in March as the rupiah weakened to its lowest level in four years.", span: "weakened", sev: Major},
		{name: "dropped clause", article: "The talks in Geneva lasted nine hours.",
			ref: "The talks in Geneva lasted nine hours and ended with a joint statement on prisoners.", span: ""},
		// A negated clause after "but" without its comma (from the
		// twenty-second review).
		{name: "a negated clause after but left out", article: "The council said it backed the idea.",
			ref: "The council said it supported the idea but did not have a suitable building.", span: "", sev: Major},
		{name: "a negated clause after but rendered", article: "The council said it backed the idea but had no suitable building.",
			ref: "The council said it supported the idea but did not have a suitable building.", clean: true},
		// (From the twenty-first review.)
		{name: "a phrase turned into a compound", article: "The government has suspended a tax on farm machinery diesel until the end of the year.",
			ref: "The government has suspended a tax on diesel used by farm machinery until the end of the year.", clean: true},
		{name: "the Moon by its adjective", article: "For two years the probe will map deposits of water ice close to the lunar south pole.",
			ref: "For two years, the probe will map water ice deposits near the Moon's south pole.", clean: true},
		// A clause of its own that ends the passage, left out whole (from
		// the twenty-third review); a short one, or one the sentence says
		// elsewhere, stays minor.
		{name: "a relative clause ending the passage, dropped", article: "The union said it was worried about the 30 seasonal staff.",
			ref: "The union said it was worried about the 30 seasonal staff who rely on the festival for most of their yearly earnings.", span: "", sev: Major},
		{name: "an adverbial clause ending the passage, dropped", article: "The ministry said it had needed time to find the source of the outbreak.",
			ref: "The ministry said it had needed time to find the source before it could publish the names of the farms.", span: "", sev: Major},
		// A negated relative clause left out (from the twenty-third
		// review); a double negative rendered as a positive is no loss.
		{name: "a negated relative clause dropped", article: "Inspectors found that the payments were linked to safety checks.",
			ref: "Inspectors found that the payments had been tied to safety checks that were never carried out.", span: "", sev: Major},
		{name: "a double negative rendered positively", article: "Such delays are rare, but they do happen.",
			ref: "Such delays are rare but not unheard of.", clean: true},
		// A modal renders "is expected to" (from the twenty-third review),
		// not "is unlikely to".
		{name: "an expectation rendered by a modal", article: "The new line should be opened by the end of the year.",
			ref: "The new line is expected to be opened by the end of the year.", clean: true},
		{name: "an expectation rendered by will", article: "The talks will resume in Geneva next week.",
			ref: "The talks are due to resume in Geneva next week.", clean: true},
		{name: "an expectation dropped without a modal", article: "The new line is to be opened by the end of the year.",
			ref: "The new line is expected to be opened by the end of the year.", span: "", sev: Major},
		// ("On Monday signed the agreement" is missing-subject's, which
		// explains the omission.)
		{name: "dropped subject", article: "In Vienna on Monday signed the agreement.",
			ref: "In Vienna on Monday the minister signed the agreement.", span: "", sev: Major},
		{name: "dropped verb", article: "The minister finally the agreement in Vienna on Monday, officials said.",
			ref: "The minister finally signed the agreement in Vienna on Monday, officials said.", span: "", sev: Major},
		{name: "dropped adverb is rephrasing", article: "The minister signed the agreement in Vienna on Monday.",
			ref: "The minister finally signed the agreement in Vienna on Monday.", clean: true},
		{name: "dropped sentence with a parallel reference", article: "The talks in Geneva lasted nine hours.\nThe next round will take place in Vienna in March.\nObservers called the outcome a modest step forward.",
			ref: ref, span: "", sev: Major},
		{name: "complete", article: ref, ref: ref, clean: true},
		{name: "comparable reference with extra sentences", article: "The talks in Geneva lasted nine hours.",
			ref: ref + "\nA snowstorm closed the airport.\nHotels were full.\nTaxi drivers went on strike.", clean: true},
		{name: "a subject pronoun dropped after that", article: "The company said on Tuesday that would invest $4.3 billion in a new plant, as it shifts production away from China.",
			ref: "The company said on Tuesday that it would invest $4.3 billion in a new plant, as it shifts production away from China.", span: "would", sev: Major},
		{name: "a subject pronoun dropped before a past verb", article: "The court ruled that the company could not resume work at the site until paid damages to the villagers it had harmed.",
			ref: "The court ruled that the company could not resume work at the site until it paid damages to the villagers it had harmed.", span: "paid", sev: Major},
		{name: "a subject noun phrase dropped before an adverb and its verb", article: "The department said 82.4 percent of pupils passed the final school examinations, but acknowledged that still did not have enough teachers.",
			ref: "The department said 82.4 percent of pupils passed the final school examinations, but acknowledged that many rural schools still did not have enough teachers.", span: "still", sev: Major},
		{name: "a subject dropped after as", article: "House prices fell for a fourth month as kept many buyers out of the market.",
			ref: "House prices fell for a fourth month as higher borrowing costs kept many buyers out of the market.", span: "kept", sev: Major},
		{name: "a verb dropped whose noun form the sentence has later", article: "Its manager will not be offered a new contract after the team ninth in the league, ending a run of three top-six finishes.",
			ref: "Its manager will not be offered a new contract after the team finished ninth in the league, ending a run of three top-six finishes.", span: "", sev: Major},
		{name: "a common word opening the passage is no name", article: "House prices rose in Toronto in March.", ref: "Home prices rose in Toronto in March.", clean: true},
		{name: "a name in a compound by its adjective", article: "European Union regulators fined the Irish-based payments firm Clearwave 38 million euros on Wednesday for failing to protect customer data.",
			ref: "EU regulators on Wednesday imposed a 38 million euro penalty on Clearwave, a payments company based in Ireland, over its failure to safeguard customer data.", clean: true},
		{name: "a word the passage says twice, said once", article: "Icebergs form when they break from glaciers or from ice shelves.",
			ref: "Icebergs form when they break off from glaciers or break off from ice shelves.", clean: true},
		{name: "the head of a compound left out", article: "The balloon carried antennas and sensors used for intelligence gathering and communication.",
			ref: "The balloon carried antennas and sensors used for intelligence gathering and communication purposes.", clean: true},
		{name: "a clause reordered is not word for word", article: "The ship could not dock because of high winds in the harbour.",
			ref: "High winds in the harbour meant the ship could not dock.", clean: true},
		{name: "a clause moved in a rephrasing is no dropped word", article: "Nurlanova reached her first Grand Slam semi-final on Tuesday, beating the fifth seed in nearly three hours.",
			ref: "Beating the fifth seed in almost three hours on Tuesday, Nurlanova reached the first Grand Slam semi-final of her career.", clean: true},
		{name: "a name dropped in a rephrasing", article: "Police seized 2.4 tonnes of cocaine hidden in bananas at the port, the ministry said.",
			ref: "The ministry said police found 2.4 tonnes of cocaine in a banana shipment at the port of Buenaventura.", span: "", sev: Major, flagged: true},
		// However loose the rewording, the sentence no longer says where
		// (from the controlled suites against their paraphrases).
		{name: "a place dropped in a loose rewording", article: "Firefighters in the northern English town rescued 14 residents from a burning block of flats early on Sunday.",
			ref: "Fourteen residents were rescued by firefighters from a blazing apartment block in Carlisle, a town in northern England, early on Sunday.", span: "", sev: Major, flagged: true},
		{name: "the planet distances are measured from", article: "Astronomers have detected water vapour on a planet orbiting a red dwarf 97 light-years away.",
			ref: "A planet circling a red dwarf 97 light-years from Earth appears to have water vapour in its atmosphere, according to astronomers.", clean: true},
		{name: "a name rendered as its adjective, an alias or in the next sentence", article: "Kenyan officials met US envoys on Monday. The talks were held in Nairobi.",
			ref: "Officials from Kenya met envoys of the United States in Nairobi on Monday. The talks went well.", clean: true},
		{name: "an acronym left out in a rephrasing", article: "The company received a loan of 3 billion yuan from the bank.", ref: "The bank lent RMB 3 billion to the company.", clean: true},
		{name: "names rendered in a hyphenated compound", article: "The forum is an important step to implement the consensus reached by President Xi Jinping and Prime Minister Fumio Kishida in Bangkok and to strengthen China-Japan economic cooperation.",
			ref: "The forum is an important step to implement the consensus reached between President Xi Jinping and Prime Minister Fumio Kishida during their meeting in Bangkok, and to strengthen economic cooperation between China and Japan.", clean: true},
		{name: "a name rendered by its adjective in a moved clause", article: "The suppression of China's advanced chip industry by the United States has dragged down the global chip supply chain.",
			ref: "The global chip supply chain has been hurt by the alleged American suppression of China's sophisticated chip industry.", clean: true},
		{name: "attribution worded another way", article: "The Wall Street Journal reported today that after the storm, the United States is ready to further tighten its flood rules.",
			ref: "According to The Wall Street Journal's report today, following the storm, the United States is preparing to further tighten its flood rules.", clean: true},
		{name: "a name given by its initials", article: "Li Wen, a member of the Political Bureau of the CPC Central Committee, attended the forum.",
			ref: "Li Wen, a member of the Political Bureau of the Communist Party of China Central Committee, attended the forum.", clean: true},
		{name: "a word of a name worded another way", article: "The listed companies are Harbin Songhua Aerospace Technology and Dalian Haibin Remote Sensing.",
			ref: "The companies on the list are Harbin Songhua Kongtian Technology and Dalian Haibin Remote Sensors.", clean: true},
		{name: "a word of a name left out", article: "Andriy told reporters on Friday that the talks in Istanbul had ended without agreement.",
			ref: "Andriy Yermak told reporters on Friday that the talks in Istanbul had ended without agreement.", span: ""},
		{name: "a two-letter acronym is no one-word name", article: "The UN said aid deliveries had resumed on Monday after a two-week pause.",
			ref: "The UN said aid deliveries to Ukraine had resumed on Monday after a two-week pause.", span: ""},
		{name: "a dropped adjunct phrase", article: "The boat sank about two miles from the shore.", ref: "The boat sank under the waves about two miles from the shore.", clean: true},
		{name: "a dropped phrase with a name", article: "Exports grew 14 percent, driven by strong demand for electronics.", ref: "Exports grew 14 percent, driven by strong demand for electronics from the United States.", span: ""},
		{name: "an attribution without its verb", article: "Police arrested 14 suspected members of a theft ring in the state of Puebla, seizing 200,000 litres of stolen petrol and three tanker trucks, a spokeswoman for the state prosecutor's office.",
			ref: "Police arrested 14 suspected members of a theft ring in the state of Puebla, seizing 200,000 litres of stolen petrol and three tanker trucks, a spokeswoman for the state prosecutor's office said.", span: "", sev: Major},
		{name: "an attribution worded another way", article: "Police seized three trucks on Saturday, according to a spokeswoman.",
			ref: "Police seized three trucks on Saturday, a spokeswoman said.", clean: true},
	})
}

// A phrase moved from the start of the sentence to its end and reworded
// is no dropped name: the capital that opens the passage ("Pointing") is
// no name, so the omission check may note the phrase, never as major.
// TestDroppedShortSentence: a reference sentence of three content words
// the article leaves out is reported; a headline without a full stop is not.
// A name the sentence leaves out is reported where it would stand, beside
// the words the sentence keeps of what the passage says of it, however the
// rest is reordered.
func TestDroppedNameIsPlacedWhereItStood(t *testing.T) {
	for _, tc := range []struct{ article, ref, after string }{
		{"The Dutch supermarket chain said on Monday it would close 35 stores and cut about 900 jobs by the end of next year, blaming rising energy costs, but added that no further closures were planned.",
			"Verhoef, a supermarket chain in the Netherlands, announced on Monday that it will shut 35 shops and eliminate some 900 positions by late next year because of higher energy bills, while saying it did not plan any more closures.", "The Dutch supermarket chain"},
		{"The Bank of Japan left rates unchanged, but deputy governor said that further increases were likely.",
			"The Bank of Japan kept rates on hold, although deputy governor Emi Saito said more rises were probably coming.", "The Bank of Japan left rates unchanged, but deputy governor"},
		{"Brazil's health minister said her ministry would start vaccinating children next month.",
			"Her ministry will begin vaccinating children next month, Brazil's health minister, Carla Meireles, said.", "Brazil's health minister"},
		{"Heavy rain in China's province has left 27 people dead since Friday, state media reported.",
			"State media said that downpours in Henan province in China had killed 27 people since Friday.", "Heavy rain in China's "},
	} {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		want := len(tc.after)
		found := false
		for _, f := range r.Findings() {
			if f.Check == "omission" && strings.HasPrefix(f.Message, "the reference names") {
				found = true
				if f.Start != want {
					t.Errorf("%q: name reported at byte %d (%q), want %d (after %q)", tc.article, f.Start, tc.article[f.Start:], want, tc.after)
				}
			}
		}
		if !found {
			t.Errorf("%q: no dropped name reported:%s", tc.article, describeFindings(r))
		}
	}
}

// A name with its diacritics renders the name: nothing is dropped, wrong or
// misspelt ("Đắk Lắk" / "Dak Lak").
func TestNameWithDiacritics(t *testing.T) {
	r := runCase(t, checkCase{article: "Farmers in Đắk Lắk switched to durian last year.", ref: "Farmers in Dak Lak switched to durian last year."})
	if fs := r.Findings(); len(fs) > 0 {
		t.Errorf("want no finding:%s", describeFindings(r))
	}
}

func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{"đắk": "dak", "złoty": "zloty", "straße": "strasse", "tây": "tay", "москва": "москва", "café": "cafe"} {
		if got := foldAccents(in); got != want {
			t.Errorf("foldAccents(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDroppedShortSentence(t *testing.T) {
	for _, tc := range []struct {
		article, ref string
		want         bool
	}{
		{"The minister said the plan was ready. \"We are proud,\" he said.",
			"The minister said the plan was ready. \"We are proud,\" he said. Parliament will vote on Friday.", true},
		{"The minister said the plan was ready.\n\nOfficials said the vote would follow.",
			"# Parliament backs new plan\n\nThe minister said the plan was ready.\n\nOfficials said the vote would follow.", false},
	} {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		got := false
		for _, f := range r.Findings() {
			got = got || f.Check == "omission" && strings.Contains(f.Message, "no counterpart")
		}
		if got != tc.want {
			t.Errorf("%q against %q: dropped sentence reported %v, want %v%s", tc.article, tc.ref, got, tc.want, describeFindings(r))
		}
	}
}

func TestMovedClauseOmissionIsMinor(t *testing.T) {
	for _, c := range []checkCase{
		{article: "The UN agency said on Monday that cholera cases in Yemen had doubled this year, blaming a collapse in clean water supplies during the war.",
			ref: "Pointing to a breakdown of safe water provision during the war, the UN agency reported on Monday a doubling of cholera cases in Yemen this year."},
	} {
		r := runCase(t, c)
		for _, f := range r.Findings() {
			if f.Check == "omission" && f.Severity != Minor {
				t.Errorf("a moved phrase reported as %v:%s", f.Severity, describeFindings(r))
			}
		}
	}
}

func TestGender(t *testing.T) {
	testCheck(t, "gender", []checkCase{
		{name: "a possessive after a named speaker", article: "Nadia Foss said she needed workers. Foss said that by January his ministry would open four centres.",
			ref: "Nadia Foss said she needed workers. Foss said the ministry would open four centres by January.", span: "his", sev: Major},
		{name: "a possessive beside a pronoun of another person", article: "Outside the court, Bastide said her client had always insisted he was innocent.",
			ref: "Lawyer Marc Bastide said he would appeal. Speaking outside the court, Bastide said the client had always insisted on his innocence.", clean: true},
		{name: "a possessive of the speaker's gender", article: "Nadia Foss said she needed workers. Foss said her ministry would open four centres.",
			ref: "Nadia Foss said she needed workers. Foss said the ministry would open four centres.", clean: true},
		{name: "an opening pronoun in a loose rendering", article: "He put the uncertainty at roughly 20%.",
			ref: "She estimated the uncertainty at about 20 percent.", span: "He", sev: Major},
		{name: "an opening pronoun where the passage has both genders", article: "He put the uncertainty at roughly 20%.",
			ref: "She said her colleague estimated it at about 20 percent, as he had.", clean: true},
		{name: "fisherwoman against fisherman", article: "Her third feature is a quiet drama about a widowed fisherwoman, critics said.", ref: "Her third feature is a quiet drama about a widowed fisherman, critics said.", span: "fisherwoman", sev: Major},
		// A possessive is the possessor's: "his" is Aguirre's, not Ms
		// Benitez's (from the fifteenth review).
		{name: "a title against a possessive of another person", article: "Mr Aguirre accused Ms Benitez of wanting to push up fuel prices.", ref: "Mr Aguirre accused his opponent of wanting to raise fuel prices.", clean: true},
		{name: "a title against a pronoun of a merged sentence", article: "Mr Aguirre promised to cut taxes and accused Ms Benitez of wanting to push up fuel prices.",
			ref: "Mr Aguirre promised to cut taxes. He accused his opponent of wanting to raise fuel prices.", clean: true},
		{name: "a title against a title", article: "Ms Aguirre promised to cut taxes for small businesses.", ref: "Mr Aguirre promised to cut taxes for small businesses.", span: "Ms", sev: Major},
		{name: "a possessive against a possessive", article: "Mr Aguirre accused her opponent of wanting to push up fuel prices.", ref: "Mr Aguirre accused his opponent of wanting to raise fuel prices.", span: "her", sev: Major},
		{name: "a pronoun beside gendered nouns that stay", article: "Ms Okafor, the head teacher of a girls' school in Enugu, said he had not been told why.",
			ref: "Ms Okafor, the head teacher of a girls' school in Enugu, said she had not been told why.", span: "he", sev: Major},
		{name: "gendered nouns told in the other order", article: "Men earn more than women in the sector.", ref: "Women earn less than men in the sector.", clean: true},
		{name: "two gendered nouns, one replaced", article: "The actor married the prince in Windsor.", ref: "The actress married the prince in Windsor.", span: "actor", sev: Major},
		{name: "father for mother", article: "The victim's father spoke to reporters.", ref: "The victim's mother spoke to reporters.", span: "father", sev: Major},
		{name: "pronoun", article: "She said the plan would go ahead on Monday.", ref: "He said the plan would go ahead on Monday.", span: "She", sev: Major},
		{name: "possessive", article: "The minister thanked his daughter for the help.", ref: "The minister thanked her daughter for the help.", span: "his"},
		{name: "noun", article: "The spokeswoman for the ministry declined to comment.", ref: "The spokesman for the ministry declined to comment.", span: "spokeswoman"},
		{name: "same gender", article: "He said the plan would go ahead.", ref: "He said the plan would go ahead.", clean: true},
		{name: "religious title", article: "The abbot said the nuns would open the library.", ref: "The abbess said the nuns would open the library.", span: "abbot"},
		{name: "a pronoun moved to the end of the sentence", article: "The government expects the lower house to ratify the bill next week, he added.",
			ref: "She said the government expected the lower house to ratify the text next week.", span: "he", sev: Major},
		{name: "two people of either gender in the sentence", article: "Kim Jong-un and his wife Ri Sol-ju brought their daughter to a banquet on the 7th.",
			ref: "Kim Jong-un and Ri Sol-ju attended the banquet on the 7th with their daughter, who sat between her parents.", clean: true},
		{name: "a pronoun moved, same gender", article: "The government expects the lower house to ratify the bill next week, she added.",
			ref: "She said the government expected the lower house to ratify the text next week.", clean: true},
		{name: "a word said of anyone", article: "She was hailed as a hero after the rescue.", ref: "She was hailed as a heroine after the rescue.", clean: true},
	})
}

// TestGenderCorrection: the correction is the word of the other gender of
// the sentence's word's kind, not the passage's word of another kind.
func TestGenderCorrection(t *testing.T) {
	testCorrections(t, "gender", []correctionCase{
		{"In his view, the portrait was painted in Delft.", "She said the portrait was painted in Delft.", "her"},
		{"In her view, the portrait was painted in Delft.", "He said the portrait was painted in Delft.", "his"},
		{"The court fined her on Monday, he said.", "The court fined him on Monday, he said.", "him"},
		{"She said the plan would go ahead.", "He said the plan would go ahead.", "He"},
	})
}

type correctionCase struct{ article, ref, want string }

// testCorrections checks the correction the finding of check id offers.
func testCorrections(t *testing.T, id string, cases []correctionCase) {
	t.Helper()
	for _, tc := range cases {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		got := "(no " + id + " finding)"
		for _, f := range r.Findings() {
			if f.Check == id {
				got = f.Suggestion
			}
		}
		if got != tc.want {
			t.Errorf("%q against %q: correction %q, want %q", tc.article, tc.ref, got, tc.want)
		}
	}
}

// A relative clause that may render what the passage says elsewhere in
// other words ("which mended a viaduct hit by storms" / "the bridge damaged
// by floods has been fixed"), in a sentence that renders little of the
// rest: no major addition.
func TestRelativeClauseRenderingThePassage(t *testing.T) {
	r := runCase(t, checkCase{article: "Turkey's state railway, which mended a viaduct hit by storms, said on Friday that the high-speed line linking Ankara and Sivas would reopen next week.",
		ref: "The bridge damaged by floods has been fixed, and the high-speed line between Ankara and Sivas will be back in service next week, Turkey's state railway announced on Friday."})
	for _, f := range r.Findings() {
		if f.Check == "addition" && f.Severity == Major {
			t.Errorf("major addition:%s", describeFindings(r))
		}
	}
}

func TestAddition(t *testing.T) {
	testCheck(t, "addition", []checkCase{
		// A clause with a year no reference has needs one word of content
		// beside it, and the rest of the sentence to render half its
		// passage.
		{name: "a relative clause with a year no reference has", article: "Kenyan marathon runner Grace Wanjiru said she had decided to withdraw from the Boston race, which she won in 2022, because her coach feared that the hamstring injury she suffered in March had not fully healed.",
			ref:  "Grace Wanjiru, the Kenyan marathon runner, said she had chosen to pull out of the Boston race as her coach was worried that the hamstring injury she picked up in March had not completely healed.",
			span: "which she won in 2022", sev: Major, flagged: true},
		{name: "a clause with a year in a loosely aligned sentence", article: "Shares in the Munich-based chipmaker Veltronik surged 14 percent on Tuesday after the company, which was founded in 1998, raised its full-year revenue forecast to 3.2 billion euros, citing strong demand from carmakers in China.",
			ref:  "The Munich chip manufacturer Veltronik saw its stock jump 14 percent on Tuesday after it lifted its full-year revenue outlook to 3.2 billion euros, pointing to robust orders from Chinese carmakers.",
			span: "which was founded in 1998", sev: Major, flagged: true},
		// A relative clause inside the sentence where the passage has
		// nothing but a verb of saying is added, however loose the rest
		// (and see TestRelativeClauseRenderingThePassage).
		{name: "a relative clause where the passage has only its verb of saying", article: "Turkey's state railway, which is preparing for partial privatisation, said on Friday that a high-speed line linking Ankara and Sivas would reopen next week after engineers repaired a bridge damaged by flooding in early June, which had left the route unusable.",
			ref:  "Engineers have fixed a bridge that was damaged by floods at the start of June and had made the route impossible to use, so the high-speed line between Ankara and Sivas will be back in service next week, Turkey's state railway announced on Friday.",
			span: "which is preparing for partial privatisation", sev: Major, flagged: true},
		// A clause appended after a comma, its words nowhere in the
		// passage, the rest reworded.
		{name: "a clause appended to a reworded sentence", article: "After the vote, Halvorsen shares climbed 2.8 percent on the Oslo stock exchange, erasing losses from the previous month.",
			ref: "Halvorsen's shares rose 2.8 percent on the Oslo stock exchange after the vote.", span: "erasing losses from the previous month", sev: Major, flagged: true},
		{name: "a final clause the reference has in other words", article: "The shipyard delivered the ferry to the island's operator on Friday, two years later than planned.",
			ref: "The shipyard handed over the ferry to the island operator on Friday, two years behind schedule.", clean: true},
		{name: "a final clause the reference has at the front", article: "A judge jailed the former mayor for six years on Monday, rejecting his plea for a shorter term.",
			ref: "Rejecting his request for a lighter sentence, a judge on Monday gave the former mayor six years in prison.", clean: true},
		// One word of a long clause in a sentence beside the passage is
		// chance, and a synonym there ("largely" / "far") is none (from
		// the twenty-first review).
		{name: "a long appended clause with one word of the next sentence", article: "It is trying to bring down inflation, which has remained stubbornly high, driven largely by rising energy costs.",
			ref: "It tries to bring down stubbornly high inflation. Consumer prices had risen far above the target.", span: "driven largely by rising energy costs", sev: Major},
		// A clause set off by commas inside the sentence, opened by a
		// conjunction (from the twenty-first review).
		// A word of the clause that is a synonym of a passage word the
		// sentence renders already counts as new (from the twenty-third
		// review: "state" beside "said").
		{name: "a clause whose word is a synonym of a rendered one", article: "The council said the contract was awarded to a local builder, which would be paid with state money.",
			ref: "The council said the contract had gone to a local builder.", span: "which would be paid with state money", sev: Major},
		{name: "a long clause a relative opens, appended", article: "The stores that remain will be modernised, which means they will close for several weeks during the work.",
			ref: "The remaining stores will be modernised.", span: "which means they will close for several weeks during the work", sev: Major},
		// A number the reference has nowhere: the clause renders nothing
		// of the passage, however loosely the rest is reworded (from the
		// controlled suites against their paraphrases).
		{name: "a relative clause with a number the reference lacks, in a reworded sentence", article: "A federal judge in Texas on Monday blocked the administration's new asylum rule, which had been challenged by 14 states, ruling that officials had failed to give the public adequate notice before it took effect.",
			ref: "Ruling that officials had not given the public sufficient notice before the measure came into force, a federal judge in Texas halted the administration's new asylum rule on Monday.", span: "which had been challenged by 14 states", sev: Major, flagged: true},
		{name: "a phrase in apposition with a year the reference lacks", article: "Andes Cobre said that output at its mine in Peru fell 9% to 86,000 tonnes in the third quarter, its weakest result since 2019, because of a 17-day road blockade by protesters.",
			ref: "Output at Andes Cobre's mine in Peru dropped 9% to 86,000 tonnes in the third quarter after protesters blocked a road for 17 days, the miner said.", span: "its weakest result since 2019", sev: Major, flagged: true},
		{name: "a phrase in apposition whose number the reference has elsewhere", article: "Andes Cobre said that output at its mine in Peru fell 9% to 86,000 tonnes in the third quarter, its weakest result since 2019, because of a 17-day road blockade by protesters.",
			ref: "Output at Andes Cobre's mine in Peru dropped 9% to 86,000 tonnes in the third quarter after protesters blocked a road for 17 days, the miner said. It was the weakest quarter since 2019.", clean: true},
		{name: "a clause added inside the sentence", article: "The operator warned that the closures could put pressure on supplies on cold winter evenings, when demand usually peaks, if new capacity was not connected on time.",
			ref: "The operator warned that the closures could strain supplies during cold winter evenings unless new capacity was connected on time.", span: "when demand usually peaks", sev: Major},
		{name: "a clause inside the sentence the reference has", article: "The operator warned that supplies could run short on winter evenings, when demand peaks, if new plants were late.",
			ref: "The operator warned that supplies could run short on winter evenings when demand is at its peak if new plants were late.", clean: true},
		{name: "a verb of being in other words", article: "The next policy meeting of the bank will take place on 12 December.",
			ref: "The bank's next policy meeting is on 12 December.", clean: true},
		{name: "a final clause the next reference sentence has", article: "The council approved the budget by 30 votes to 12, with two abstentions.",
			ref: "The council passed the budget by 30 votes to 12. Two councillors abstained.", clean: true},
		{name: "a final clause that restates the reference in other words", article: "The river burst its banks near the town overnight, a rare winter flood.",
			ref: "The river flooded near the town overnight, an unusual event in winter.", clean: true},
		{name: "a temperature scale named in full", article: "Temperatures fell to minus five degrees Celsius overnight.", ref: "Temperatures fell to -5°C overnight.", clean: true},
		// A clause moved to the front renders the passage's tail, which
		// counts as unrendered though no word of it is matched in order
		// (from the fourteenth review); with no such tail it is inserted.
		// A name for a definite description, or one the reference names
		// elsewhere (from the fifteenth review).
		{name: "a name for it", article: "The WHO has supplied water purification tablets to 12 schools.", ref: "It has delivered water purification tablets to 12 schools.", clean: true},
		{name: "a name before a passage rendered in full", article: "The WHO has supplied water purification tablets to 12 schools.", ref: "Water purification tablets have been supplied to 12 schools.", span: "The WHO has supplied", sev: Major},
		{name: "a name for his government", article: "Mr Nazarov said Tajikistan was prepared to reopen the border to trade.",
			ref: "Mr Nazarov said his government was ready to reopen the border to trade.", clean: true},
		{name: "a name the reference has in another sentence", article: "Nazarov is the foreign minister. He said the border would reopen in Tajikistan.",
			ref: "Nazarov is Tajikistan's foreign minister. He said the border would reopen.", clean: true},
		{name: "a name for a description in another place", article: "In a statement, Telvaro said the stolen data included names and addresses.",
			ref: "The stolen information includes names and addresses, the company said in a statement.", clean: true},
		{name: "a clause the previous sentence's passage has", article: "Rehak denies wrongdoing. He was questioned on Monday by anti-corruption prosecutors, who are examining a contract for military vehicles.",
			ref: "Rehak, who denies any wrongdoing, was questioned by anti-corruption prosecutors on Monday. Prosecutors are examining a contract for military vehicles.", clean: true},
		{name: "a moved clause renders the passage's tail", article: "With temperatures dropping below zero, many survivors spent the night in tents.",
			ref: "Many survivors spent the night in tents as temperatures fell below freezing.", clean: true},
		{name: "a clause before a passage rendered in full", article: "With temperatures dropping below zero, many survivors spent the night in tents.",
			ref: "Many survivors spent the night in tents.", span: "With temperatures dropping below zero", sev: Major},
		// A name the passage has nowhere, in a reworded sentence (from the
		// ninth review); not an acronym, a near spelling or part of a name
		// the passage has.
		{name: "a name added to a reworded sentence", article: "The private pension system was created in 1981, under Augusto Pinochet's military government with the support of the Catholic Church, and has long been criticised for its meagre benefits.",
			ref: "The private pension system, created in 1981 under the military government of Augusto Pinochet, has been criticised for paying low benefits.", span: "the Catholic Church", sev: Major, flagged: true},
		// A compound whose name the passage has in other words (from a
		// blind set of faithful translation pairs).
		{name: "a name-based compound for the name in other words", article: "Scientists at an Edinburgh-based research institute said they had grown wheat that needs 30 percent less water than conventional varieties.",
			ref: "Wheat requiring 30 percent less water than standard varieties has been grown by scientists at a research institute in Edinburgh.", clean: true},
		{name: "a place added to a reworded sentence", article: "The Dublin-based airline Aerlan said it had no plans to cut summer flights despite a pilot shortage that has forced rivals to cancel thousands of departures across Europe.",
			ref: "Despite a lack of pilots that has made competitors cancel thousands of departures, Dublin-based carrier Aerlan said it did not plan to reduce its summer flights.", span: "Europe", sev: Major, flagged: true},
		{name: "an acronym the passage spells out", article: "Then I put a UV filter in front of my lens and took a long exposure.",
			ref: "Then I placed an ultraviolet filter in front of my lens and exposed it for a long time.", clean: true},
		{name: "another spelling of a name the passage has", article: "The delegation visited hotels in Macao over two days, the tourism office said.",
			ref: "Over two days the delegation toured hotels in Macau, according to the tourism office.", clean: true},
		{name: "a noun joined on by and", article: "Air traffic controllers staged a 24-hour strike over pay and pensions on Friday.",
			ref: "Air traffic controllers staged a 24-hour strike over pay on Friday.", span: "and pensions", sev: Major},
		{name: "a noun the lemmatiser does not know joined on by and", article: "The storm hit farmers and fishermen hard.", ref: "The storm hit farmers hard.", span: "and fishermen", sev: Major},
		{name: "a verb phrase joined on by and is not one noun", article: "We should be able to turn up the volume and listen in the next few years.",
			ref: "We should be able to turn up the volume in the next few years.", clean: true},
		{name: "a full name where the passage has the surname", article: "Ana Belén Ruiz will face the defending champion in Sunday's final, organisers said.",
			ref: "Organisers said Ruiz would play the defending champion in the final on Sunday.", clean: true},
		{name: "a moved clause sharing a word inside a compound", article: "Faith Chepkoech broke the marathon world record in Chicago on Sunday despite strong winds along the lakefront.",
			ref: "In spite of gusty winds by the lake, Faith Chepkoech broke the marathon world record in Chicago on Sunday.", clean: true},
		{name: "a phrase repeated for clarity", article: "Heavy rain caused severe flooding in the north and severe flooding in the south.",
			ref: "Heavy rain caused severe flooding in the north and south.", clean: true},
		{name: "a phrase repeated with something new", article: "The striker scored twice in the final and scored twice in the semi-final.",
			ref: "The striker scored twice in the final.", span: "and scored twice in the semi-final", sev: Major},
		{name: "clause inserted into a full rendering", article: "The talks in Geneva lasted nine hours despite heavy snowfall across the region.",
			ref: "The talks in Geneva lasted nine hours.", span: "despite heavy snowfall across the region", sev: Major},
		{name: "extra clause in a looser rendering", article: "The talks in Geneva lasted nine hours despite heavy snowfall across the region.",
			ref: "The difficult talks in Geneva lasted nine hours.", span: "despite heavy snowfall across the region", sev: Minor},
		{name: "no addition", article: "The talks in Geneva lasted nine hours.", ref: "The talks in Geneva lasted nine hours.", clean: true},
		{name: "short phrase inserted into a full rendering", article: "The prime minister told reporters after a cabinet meeting that she would not run again.",
			ref: "The prime minister told reporters that she would not run again.", span: "after a cabinet meeting", sev: Major},
		{name: "a place inserted", article: "Rivals cancelled thousands of flights across Europe this summer.",
			ref: "Rivals cancelled thousands of flights this summer.", span: "across Europe", sev: Major},
		{name: "one extra word is not a clause", article: "The new talks in Geneva lasted nine hours.", ref: "The talks in Geneva lasted nine hours.", clean: true},
		{name: "a clause moved in a rephrasing is no insertion", article: "Chile's copper output fell 4.6% in May compared with a year earlier, as a strike weighed on production.",
			ref: "A strike weighed on production in Chile, where copper output was 4.6% lower in May than a year before.", clean: true},
		{name: "attribution is not content", article: "Output fell in the first quarter, the agency said, adding that demand had weakened.",
			ref: "According to the agency, output fell in the first quarter and demand had weakened.", clean: true},
		{name: "a noun that is also a reporting verb", article: "The ministry published the figures in a state report on Monday.",
			ref: "The ministry published the figures on Monday.", span: "in a state report", sev: Major},
		{name: "a name the passage gives another way", article: "Did the flood incident open up America's eyes?\nThe United States is ready to tighten its flood rules.",
			ref: "Will the flood incident open the eyes of the United States?\nThe United States is preparing to tighten its flood rules.", clean: true},
		{name: "a clause moved from the end to the front", article: "Volkswagen will cut 4,000 jobs at its Zwickau plant, the company said on Friday, blaming weak demand for electric cars in Europe.",
			ref: "Blaming weak European demand for electric cars, Volkswagen said on Friday it would cut 4,000 jobs at its Zwickau plant.", clean: true},
		{name: "a moved clause reworded at its end", article: "The city council in Leeds voted on Wednesday to close two libraries, although the council leader insisted that no staff would lose their jobs because of the decision.",
			ref: "Although its leader insisted that no employees would be made redundant as a result, Leeds city council voted on Wednesday to close two libraries.", clean: true},
		{name: "a moved clause with a stray word matched elsewhere", article: "Judges at the International Criminal Court in The Hague rejected a defence request to postpone the trial, saying the former militia commander had been given ample time to prepare his case.",
			ref: "Saying the ex-militia leader had been allowed plenty of time to get his case ready, International Criminal Court judges in The Hague turned down the defence's bid to put off the trial.", clean: true},
		{name: "words added inside a moved clause", article: "Volkswagen will cut 4,000 jobs at its Zwickau plant, the company said on Friday, blaming weak demand for electric cars in Europe and rising competition from China.",
			ref: "Blaming weak demand for electric cars in Europe, Volkswagen said on Friday it would cut 4,000 jobs at its Zwickau plant.", span: "and rising competition from China"},
		{name: "words said twice where the passage says them once", article: "She saved three match points before beating the top seed in Madrid on Friday in a match lasting more than three hours.",
			ref: "She saved three match points before beating the top seed in Madrid on Friday.", span: "in a match lasting more than three hours", sev: Major},
		{name: "a length of time inserted", article: "Inspectors found that maintenance checks had not been carried out on schedule for more than a year, forcing the cancellation of dozens of flights.",
			ref: "Inspectors found that maintenance checks had not been carried out on schedule, forcing the cancellation of dozens of flights.", span: "for more than a year", sev: Major},
	})
}

func TestGlossary(t *testing.T) {
	g := "Kyiv = Kiev, Kiew\nair defence = air defense\nKharkiv"
	testCheck(t, "glossary", []checkCase{
		{name: "variant", article: "The delegation arrived in Kiev on Monday.", glossary: g, span: "Kiev", sev: Major},
		{name: "variant with a possessive", article: "Kiev's mayor spoke.", glossary: g, span: "Kiev"},
		{name: "multi-word variant", article: "They need more air defense systems.", glossary: g, span: "air defense"},
		{name: "wrong case", article: "The delegation arrived in kyiv on Monday.", glossary: g, span: "kyiv", sev: Minor},
		{name: "source term not rendered", article: "The delegation arrived in the capital.", glossary: "基辅 -> Kyiv", source: "代表团抵达基辅。", span: ""},
		{name: "preferred term", article: "The delegation arrived in Kyiv and KYIV.", glossary: g, clean: true},
		{name: "variant inside a longer word is not matched", article: "The Kievskaya station was closed.", glossary: g, clean: true},
	})
}

func TestGlossarySuggestionKeepsCase(t *testing.T) {
	r := runCase(t, checkCase{article: "KIEV BURNS AS TALKS FAIL. Kiev is calm.", glossary: "Kyiv = Kiev"})
	var sugs []string
	for _, f := range r.Findings() {
		if f.Check == "glossary" {
			sugs = append(sugs, f.Suggestion)
		}
	}
	if strings.Join(sugs, ",") != "KYIV,Kyiv" {
		t.Errorf("suggestions %v", sugs)
	}
}

func TestParseGlossaryErrors(t *testing.T) {
	for in, want := range map[string]string{
		"Kyiv = ":           "terms.txt:1: expected",
		"ok\n -> Kyiv":      "terms.txt:2: a source entry",
		"Kyiv = kyiv":       "is the term itself",
		"# c\n\n--- = Kiev": "has no letters",
	} {
		if _, err := ParseGlossary("terms.txt", in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
	g, err := ParseGlossary("terms.txt", "\uFEFF# comment\r\nKyiv = Kiev, Kiew  # the capital\r\n\r\nOdesa\r\n")
	if err != nil || len(g.Entries) != 2 || g.Entries[0].Note != "the capital" || len(g.Entries[0].Variants) != 2 || g.Entries[1].Line != 4 {
		t.Errorf("parsed %+v, %v", g, err)
	}
}

func TestScores(t *testing.T) {
	clean := runCase(t, checkCase{article: "The talks in Geneva lasted nine hours.", ref: "The talks in Geneva lasted nine hours."})
	if clean.Score != 100 || clean.Sentences[0].Score < 0.85 || clean.Sentences[0].Flagged {
		t.Errorf("identical sentence: doc %v sentence %v flagged %v", clean.Score, clean.Sentences[0].Score, clean.Sentences[0].Flagged)
	}
	bad := runCase(t, checkCase{article: "The talks in Geneva lasted ten hours.", ref: "The talks in Geneva lasted nine hours."})
	if !bad.Sentences[0].Flagged || bad.Sentences[0].Score >= DefaultFlagThreshold {
		t.Errorf("wrong number: sentence score %v flagged %v", bad.Sentences[0].Score, bad.Sentences[0].Flagged)
	}
	// One major finding in seven words: 100 - 100*5/7.
	if want := MQMScore(5, 7); bad.Score != want || want != 28.57 {
		t.Errorf("doc score %v, want %v", bad.Score, want)
	}
	if MQMScore(100, 10) != 0 || MQMScore(0, 0) != 100 || MQMScore(1, 100) != 99 {
		t.Error("MQMScore bounds")
	}
	// Paraphrase scores below identity, above a mistranslation.
	para := runCase(t, checkCase{article: "The Geneva negotiations went on for nine hours.", ref: "The talks in Geneva lasted nine hours."})
	if s := para.Sentences[0].Score; s >= clean.Sentences[0].Score || para.Sentences[0].Flagged {
		t.Errorf("paraphrase score %v (identical %v) flagged %v", s, clean.Sentences[0].Score, para.Sentences[0].Flagged)
	}
	// No counterpart: unverified, never flagged without a finding, however long.
	long := "A sentence with no counterpart at all goes on and on about weather, sport, markets, elections, festivals, traffic, schools, hospitals, and many other topics that the reference never mentions in any of its lines whatsoever, for a very long time indeed."
	unverified := runCase(t, checkCase{article: long, ref: "The talks in Geneva lasted nine hours."})
	if unverified.Sentences[0].Align != nil || unverified.Sentences[0].Flagged {
		t.Errorf("unverified sentence: %+v", unverified.Sentences[0])
	}
	// Longer sentences carry more risk at equal evidence.
	short := runCase(t, checkCase{article: "Talks lasted nine hours.", ref: "Talks lasted nine hours."})
	longer := runCase(t, checkCase{article: "The talks between the two delegations in Geneva lasted nine hours on Tuesday and ended late at night.",
		ref: "The talks between the two delegations in Geneva lasted nine hours on Tuesday and ended late at night."})
	if short.Sentences[0].Score <= longer.Sentences[0].Score {
		t.Errorf("length prior: short %v, long %v", short.Sentences[0].Score, longer.Sentences[0].Score)
	}
}

func TestFlaggedMeansBelowThreshold(t *testing.T) {
	r := runCase(t, checkCase{article: "Putin included von der Leyen and the prime ministers of Poland. The talks lasted ten hours.",
		ref: "The call included von der Leyen and the prime ministers of Poland. The talks lasted nine hours."})
	for _, s := range r.Sentences {
		if s.Flagged != (s.Score < DefaultFlagThreshold) {
			t.Errorf("sentence %q score %v flagged %v", s.Sentence.Text, s.Score, s.Flagged)
		}
		if !s.Flagged {
			t.Errorf("sentence %q with a major finding against a close passage not flagged", s.Sentence.Text)
		}
	}
}

func TestAddFindingsRescores(t *testing.T) {
	r := runCase(t, checkCase{article: "The talks in Geneva lasted nine hours. They ended.", ref: "The talks in Geneva lasted nine hours. They ended."})
	s := r.Doc.Sentences[0]
	r.AddFindings([]Finding{{Check: "llm", Category: CatMistranslation, Severity: Critical, Sentence: 0, Start: s.Start, End: s.Start + 3, Detector: "llm"}})
	if len(r.Sentences[0].Findings) != 1 || !r.Sentences[0].Flagged || r.Penalty != 25 || r.Score >= 100 {
		t.Errorf("after AddFindings: %+v penalty %v score %v", r.Sentences[0], r.Penalty, r.Score)
	}
}

func TestEveryCheckIsDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Checks() {
		in := c.Info()
		if in.ID == "" || in.Title == "" || in.Category == "" || len(in.Doc) < 80 || in.Severity == 0 {
			t.Errorf("check %q lacks documentation: %+v", in.ID, in)
		}
		if seen[in.ID] {
			t.Errorf("duplicate check ID %q", in.ID)
		}
		seen[in.ID] = true
	}
	if len(seen) < 11 {
		t.Errorf("only %d checks", len(seen))
	}
}

func TestSpelling(t *testing.T) {
	testCheck(t, "spelling", []checkCase{
		{name: "a slip that reads as two words, against the passage's word", article: "Indian grandmaser Arjun Pillai won the open on Sunday.",
			ref: "Indian grandmaster Arjun Pillai won the open on Sunday.", span: "grandmaser", sev: Major},
		{name: "a hyphen is no slip", article: "The galaxy has a super-massive black hole at its centre.", ref: "The galaxy has a supermassive black hole at its centre.", clean: true},
		{name: "a plural in -s after a sibilant", article: "The firm reported higher sales of laptops and smartwatchs in the final quarter.", span: "smartwatchs"},
		{name: "a plural in -es after a sibilant", article: "The firm reported higher sales of laptops and smartwatches in the final quarter.", clean: true},
		{name: "a slip of a common word that reads as a compound", article: "Veteran broadcastor Margaret Oyelaran has died.", ref: "Veteran broadcaster Margaret Oyelaran has died.", span: "broadcastor", sev: Major},
		{name: "a compound one slip from a rare word", article: "There may be a massive superblack hole at its centre.", clean: true},
		{name: "a name with its accents is no slip", article: "Škoda said on Monday it would cut 500 jobs.", ref: "Skoda said on Monday it would cut 500 jobs.", clean: true},
		{name: "a doubled consonant left out", article: "The fisherman spoted their capsized boat.", span: "spoted", sev: Minor},
		{name: "a real word one letter short of the passage's word", article: "The foundation funded the work with 45 million Danish crows and said it would back further development.",
			ref: "The foundation funded the work with 45 million Danish crowns, and said it would support further development.", span: "crows", sev: Major},
		{name: "an adjective in -y is no slip of its noun", article: "Rocky terrain slowed the rescuers on Monday.", ref: "Rock terrain slowed the rescuers on Monday.", clean: true},
		{name: "a comparative is no slip", article: "The team said the sample was large than expected.", ref: "The team said the sample was larger than expected.", clean: true},
		{name: "a word of the same family is no slip", article: "Researchers used electron microscopy to study the cells.", ref: "Researchers used an electron microscope to study the cells.", clean: true},
		// From the nineteenth suite: inflections the dictionary lacks, one
		// slip from one it has.
		{name: "a consonant doubled before -ed", article: "Her coach feared the injury she sufferred in March had not healed.", span: "sufferred"},
		{name: "a prefix and a word one slip from a word", article: "She promissed to qualify for the World Cup.", span: "promissed"},
		{name: "an -ers form one slip from a word", article: "Prosecuters said on Monday that they would not seek a retrial.",
			ref: "Prosecutors said on Monday that they would not seek a retrial.", span: "Prosecuters", sev: Major},
		{name: "a rare inflection of a dictionary word is no slip", article: "Police kettled the protesters for three hours.", clean: true},
		{name: "a rare -ing form of a dictionary word is no slip", article: "Police used kettling tactics against the protesters.", clean: true},
		{name: "an inflection the dictionary has", article: "The refuelled plane was cleared for take-off.", clean: true},
		{name: "a prefix before a dictionary word", article: "Most of them were unvaccinated children.", ref: "Most of them were children who had not been vaccinated.", clean: true},
		{name: "a prefix before a misspelt word", article: "Most of them were unvacinated children.", span: "unvacinated"},
		{name: "a misspelling with its letters shuffled is no foreign word", article: "The ecomony grew by 2 percent in the third quarter.",
			ref: "The economy grew by 2 percent in the third quarter.", span: "ecomony", sev: Major},
		{name: "a compound with a rare first part", article: "Europe faces a polycrisis of war, inflation and climate change.",
			ref: "Europe faces several overlapping crises: war, inflation and climate change.", clean: true},
		{name: "a slip that splits into an abbreviation and a word", article: "A sharper tightening than economits had expected.",
			ref: "A sharper tightening than economists had expected.", span: "economits", sev: Major},
		{name: "past for last in another sense", article: "It was his past match before he retired from football.",
			ref: "It was his last match before he retired from football.", span: "past", sev: Major},
		{name: "head for lead in another sense", article: "Hundreds of children were treated for head poisoning near the mine.",
			ref: "Hundreds of children were treated for lead poisoning near the mine.", span: "head", sev: Major},
		{name: "words one letter apart that mean the same", article: "Construction costs rose by about 40 percent over the past two years, and she was the first woman to lead a major bank.",
			ref: "Construction costs rose by about 40 percent over the last two years, and she was the first woman to head a major bank.", clean: true},
		{name: "garbled word with a close reference word", article: "They tested their stress holmons and reactions.",
			ref: "They tested their stress hormones and reactions.", span: "holmons", sev: Major},
		{name: "misspelling without reference", article: "The goverment resigned on Monday.", span: "goverment", sev: Minor},
		{name: "misspelling at the start of a sentence", article: "Offcials said the talks would resume.", span: "Offcials", sev: Minor},
		{name: "a name at the start of a sentence", article: "Zhytomyr residents said the talks would resume.", clean: true},
		{name: "word the reference uses", article: "The zeolite filters were replaced.", ref: "The zeolite filters were replaced.", clean: true},
		{name: "inflected and British forms", article: "The organisers cancelled the travelling exhibitions.", clean: true},
		{name: "names are not spelling", article: "Yermak met Sybiha in Kyiv.", clean: true},
		{name: "a slip that makes another word", article: "The plant was shut down on Monday.",
			ref: "The plant was shot down on Monday.", span: "shut"},
		{name: "compounds of dictionary words", article: "Shipbrokers and farmworkers said the cyberattack hit the planemaker.", clean: true},
		{name: "a slip is no compound", article: "She was beatting the record in every race this season.", span: "beatting"},
		{name: "a learned word with an English-only ending", article: "Washington is building a de-Sinicization chip alliance with its partners.", clean: true},
		{name: "a slip is no learned word", article: "She had never spoken publically about her illness.", span: "publically"},
		{name: "a slip of a learned word", article: "The national metereological office issued a warning for heavy snow on Tuesday.", span: "metereological"},
		{name: "function words one letter apart are no slip", article: "Those kinds of stress have a very particular effect on the body.", ref: "These kinds of stress have a very particular effect on the body.", clean: true},
		{name: "words one letter apart in a rewording", article: "Sea temperatures had risen by 1.4 degrees over the past decade, threatening kelp forests.",
			ref: "Kelp forests are under threat after waters warmed by 1.4 degrees in the last ten years.", clean: true},
		{name: "a three-letter slip of a function word opening the sentence", article: "Teh agency said its probe had entered orbit on Thursday.", span: "Teh"},
		{name: "a three-letter name opening the sentence", article: "Abe said the plan would go ahead on Monday.", clean: true},
		{name: "a name with a capital inside", article: "The group that claimed the attack is linked to al-Qaeda.", clean: true},
		{name: "a short name opening the sentence, one letter from a function word", article: "Ong said the two countries would sign a trade pact.", clean: true},
		{name: "a short name before another name", article: "Thi Lan told reporters that the talks were constructive.", clean: true},
		{name: "a lost space before a capital", article: "Officials said theGovernment would announce new measures on Monday.", span: "theGovernment"},
		{name: "a real-word slip next to the same word in a reworded passage", article: "Heath officials said the northern outbreak had been brought under control on Monday.",
			ref: "Health officials said the outbreak in the north had been brought under control on Monday.", span: "Heath"},
	})
}

func TestDictionaryNeighbour(t *testing.T) {
	if got := dictionaryNeighbour("goverment"); got != "government" {
		t.Errorf("got %q", got)
	}
}

func TestMissingSubject(t *testing.T) {
	testCheck(t, "missing-subject", []checkCase{
		// Without a reference: a conjunction after a time said of the
		// main clause, then a past verb and its object; a past that is its
		// base before a possessive; "who" or "which" said with no subject
		// for what was said.
		{name: "a past verb after a time and a conjunction", article: "The line would reopen next week after repaired a bridge damaged by flooding in early June.", span: "repaired", sev: Major, flagged: true},
		{name: "a time noun that is the subject", article: "The week after saw a surge in sales.", clean: true},
		{name: "an unchanged past before a possessive", article: "Shares in Kessler fell 9 percent in early trading after cut its annual profit forecast.", span: "cut", sev: Major, flagged: true},
		{name: "where, then a past verb and its object", article: "The cabinet approved a plan to raise flood walls in Bangkok, where inundated more than 60,000 homes last year.", span: "inundated", sev: Major, flagged: true},
		{name: "where in a reported question", article: "Officials asked where was the money.", clean: true},
		{name: "where in a reduced clause", article: "Police will deploy officers where needed in the city.", clean: true},
		{name: "who said, then a modal", article: "Parliament raised the fuel levy despite protests by transport unions who said would push up bus fares.", span: "", sev: Major, flagged: true},
		{name: "which said, then a modal", article: "The peso weakened after the government announced a tax on remittances, which said could reduce the money families receive.", span: "", sev: Major},
		{name: "who and a subject said, then a modal", article: "Police arrested the man who witnesses said would know the gunman.", clean: true},
		// A subject with a participle or a preposition after its noun,
		// lost between "as" and its past verb.
		{name: "a modified subject lost after as", article: "The ruling party lost its majority on Sunday, as turned to smaller opposition parties.",
			ref: "The ruling party lost its majority on Sunday, as voters angered by rising rice prices turned to smaller opposition parties.", span: "", sev: Major, flagged: true},
		{name: "a modified subject kept", article: "The ruling party lost its majority on Sunday, as angry voters turned to smaller parties.",
			ref: "The ruling party lost its majority on Sunday, as voters angered by rising rice prices turned to smaller opposition parties.", clean: true},
		{name: "an auxiliary and its verb after an opening phrase", article: "In the meantime, has banned the sale of fireworks in the city centre.", span: "has banned", sev: Major},
		{name: "an auxiliary and its verb after a purpose", article: "To ease the shortage, has flown 30 nurses to the island.", span: "has flown", sev: Major},
		{name: "a modal and its verb after an opening adverb", article: "Meanwhile, will close two branches in the north of the country.", span: "will close", sev: Major},
		{name: "a past verb after a time phrase with no comma", article: "On Sunday beat Rovers 3-1 at home to go top of the table.", span: "beat", sev: Major},
		{name: "an opening phrase, its subject and the auxiliary", article: "In the meantime, the council has banned the sale of fireworks in the city centre.", clean: true},
		{name: "a past verb after a time phrase, before an article", article: "On Saturday won the cup for the first time in the club's history.", span: "won", sev: Major},
		{name: "a time phrase, its subject and the verb", article: "On Sunday the club beat Rovers 3-1 at home to go top of the table.", clean: true},
		{name: "a time phrase and an inverted verb", article: "On Sunday came news that the club had sacked its coach.", clean: true},
		{name: "a reporting verb before a pronoun", article: "Said she had wept with joy.", span: "Said", sev: Major},
		{name: "a reporting verb before it was", article: "Said it was cooperating with the investigation.", span: "Said", sev: Major},
		{name: "an auxiliary and its verb before a comma", article: "Had sought an eight-year term, arguing that the bribes had cost the town 9 million zlotys.", span: "Had", sev: Major},
		{name: "an inverted condition", article: "Had it not been for the rain, the match would have gone ahead.", clean: true},
		{name: "said before a plural subject", article: "Said low-income families would suffer most.", span: "Said", sev: Major},
		{name: "said before a comma", article: "Said, however, that the talks would go on next week.", span: "Said", sev: Major},
		// "that" after the comma opens what was said, and the "was" is
		// its verb: neither a participle clause nor an inversion (from
		// the eighteenth review).
		{name: "said before a comma and a clause with its verb", article: "Said, however, that the application procedure was still too slow.", span: "Said", sev: Major},
		// "offer" is no comparative of "off" (from the twenty-second
		// review).
		{name: "an attribution before a reported clause about an offer", article: "The union, which had called for a rise of 20%, said the offer was not enough.", clean: true},
		// (From the twenty-second review.)
		{name: "a present verb before its object", article: "Puts the repair bill at about 60 million crowns.", span: "Puts", sev: Major},
		{name: "a plural noun before a relative clause without that", article: "Talks the two sides held in May failed.", clean: true},
		{name: "a past verb before a comma and a conjunction", article: "Jumped 31% on the news, while Telvia's shares slipped slightly.", span: "Jumped", sev: Major},
		// After an opening clause with its own subject and verb (from the
		// twenty-third review).
		{name: "a modal and its verb after an opening clause", article: "While the stadium is being rebuilt, will play its home games in a neighbouring town.", span: "will play", sev: Major},
		{name: "an auxiliary and its verb after an opening if-clause", article: "If the merger goes ahead, would become the largest dairy group in the region.", span: "would become", sev: Major},
		{name: "an opening clause, then its subject", article: "While the stadium is being rebuilt, the club will play its home games in a neighbouring town.", clean: true},
		{name: "an opening clause, a subject with an apposition", article: "Although the company, which employs 500 people, will close the plant, it will keep its offices.", clean: true},
		{name: "a reduced opening clause", article: "If approved, the law would come into force in January.", clean: true},
		{name: "an opening clause and an inverted condition", article: "When the council meets, should the mayor resign, a vote will follow.", clean: true},
		// A subject the passage has between "that" (or a conjunction) and
		// the auxiliary, where the sentence has the two side by side
		// (from the twenty-third review).
		{name: "that and a modal, the passage's subject between", article: "The mayor told residents at a meeting on Friday that would reopen the bridge in May.",
			ref: "The mayor told a residents' meeting on Friday that the council would reopen the bridge in May.", span: "", sev: Major},
		{name: "because and an auxiliary, the passage's subject between", article: "The match was called off because had flooded the pitch overnight.",
			ref: "The match was called off because heavy rain had flooded the pitch overnight.", span: "", sev: Major},
		// A conjunction and a past verb the passage has with its subject
		// between; a reduced clause the passage has too is none (from the
		// suites against their paraphrases).
		{name: "after and a past verb, the passage's subject between", article: "The beach was closed in January, after spilled fuel oil near the harbour.",
			ref: "The beach was shut in January after a tanker spilled fuel oil close to the harbour.", span: "", sev: Major},
		// A lower-case verb opening a paragraph after one that ended its
		// sentence has lost its subject with its capital; a line that goes
		// on with the sentence before has not (from the suites against
		// their paraphrases).
		{name: "a lower-case verb opening the text", article: "fined a cloud computing company 420 million euros on Thursday for abusing its dominant position.", span: "fined", sev: Major},
		{name: "a lower-case verb opening a paragraph", article: "The regulator met on Monday.\n\nfined a cloud computing company 420 million euros on Thursday for abusing its position.", span: "fined", sev: Major},
		{name: "a lower-case line that goes on with the sentence before", article: "The regulator, which met on Monday in Brussels,\nfined a cloud computing company 420 million euros on Thursday for abusing its position.", clean: true},
		{name: "said and a past verb, the passage's subject between", article: "The director said hoped other museums would follow the example.",
			ref: "The director said she hoped other museums would follow the example.", span: "", sev: Major},
		{name: "saying and an auxiliary", article: "The judge jailed him for six years, saying had shown no remorse.", span: "had", sev: Major},
		{name: "a relative clause without that before said", article: "The mayor will ban cars on Sundays, a move she said would cut pollution.",
			ref: "The mayor will ban cars on Sundays; the measure would cut pollution, she said.", clean: true},
		{name: "warning as a noun before was", article: "Officials said there were no reports of damage and no tsunami warning was issued.", clean: true},
		{name: "a reduced clause after as, as the passage has it", article: "The bridge reopened in May, as planned by the council.",
			ref: "As planned by the council, the bridge reopened in May.", clean: true},
		{name: "a relative the passage has too", article: "The mayor announced a plan that would reopen the bridge in May.",
			ref: "The mayor announced a plan that would reopen the bridge in May.", clean: true},
		{name: "a subject shared after and", article: "The council met on Friday and would vote on the plan in May.",
			ref: "The council met on Friday and it would vote on the plan in May.", clean: true},
		{name: "the subject said elsewhere in the sentence", article: "Officials said that would be the council's decision, not theirs.",
			ref: "Officials said that the council would have to decide.", clean: true},
		// A present form of a word that is only a verb, before "to" and a
		// verb (from the twenty-fourth review); a plural noun there is the
		// subject.
		{name: "a verb-only present form before to", article: "Intends to close about 40 of its 300 branches by the end of next year.", span: "Intends", sev: Major},
		{name: "a plural noun before to", article: "Plans to close about 40 of its 300 branches were shelved last year.", clean: true},
		{name: "be and a gerund after an opening phrase", article: "According to him, was losing about 9 million euros in fees for every day the channel remained closed.", span: "was losing", sev: Major},
		{name: "a participle clause before its subject", article: "Founded in 1990, the firm has grown quickly.", clean: true},
		{name: "said before a clause with be", article: "Said the evidence against him was not strong enough.", span: "Said", sev: Major},
		// A participle that may open a phrase before the subject, with no
		// comma and no verb after it (from the twenty-first review).
		{name: "an adjunct participle with no subject after its phrase", article: "Led to the resignation of the transport minister in March.", span: "Led", sev: Major},
		{name: "an adjunct participle before the subject and its verb", article: "Based on the evidence the court ruled in his favour.", clean: true},
		{name: "an adjunct participle before its agent", article: "Led by the captain the team won the final in Rome.", clean: true},
		{name: "an auxiliary and a determiner with no comma after", article: "Were the only sector to rise on the day.", span: "Were", sev: Major},
		{name: "an inverted attribution with a name", article: "Said Smith: we will win this match.", clean: true},
		{name: "an inverted participle", article: "Added to the list were three new names.", clean: true},
		{name: "an inverted condition with a noun", article: "Had the council acted sooner, the bridge would still be standing today.", clean: true},
		{name: "a verb after an opening phrase", article: "On the regional exchange in Santa Irene, climbed 12% in June as buyers looked elsewhere.", span: "climbed", sev: Major},
		{name: "said after an opening phrase", article: "At the meeting on Monday, said that the plan was dead.", span: "said", sev: Major},
		{name: "an opening phrase and its subject", article: "In the end, the company said it would close the plant.", clean: true},
		{name: "an opening phrase and a participle phrase", article: "In 2010, backed by investors, the firm opened a plant in Ohio.", clean: true},
		{name: "an opening phrase and an inverted verb", article: "Among the dead, reported by local media, were two children.", clean: true},
		{name: "a participle clause of seven words", article: "Promoted to the top flight last season, Castellon will play in Europe.", clean: true},
		{name: "a past first before an apposition", article: "Admitted 1,874 dengue patients in the 24 hours to Sunday morning, the highest daily figure since the outbreak began in July.", span: "Admitted", sev: Major},
		{name: "a participle clause before the club", article: "Relegated to the second division last year, the club has sold its best players.", clean: true},
		// A relative clause whose subject is a longer noun phrase (from the
		// twenty-fifth suite, whose clean sentence was flagged against
		// itself); the same shape after "and" has lost its subject.
		{name: "whether, then an auxiliary", article: "The senator declined to say whether would endorse his former chief of staff.", span: "would", sev: Major},
		{name: "whether with its subject", article: "The senator declined to say whether he would endorse his former chief of staff.", clean: true},
		{name: "signalled, then an auxiliary", article: "The Bank of Japan kept interest rates unchanged on Tuesday but signalled could raise them as early as October.", span: "could", sev: Major},
		{name: "a relative clause with a long subject", article: "Washington will raise tariffs on steel, a move that Canadian and Mexican officials warned could disrupt supply chains.", clean: true},
		{name: "a reported clause after and, without its subject", article: "The company announced a plan and the board of directors then said would cost jobs.", span: "would", sev: Major},
		{name: "a verb opening the sentence, not the passage", article: "Said the talks would resume on Monday in Geneva.", ref: "He said the talks would resume on Monday in Geneva.", span: "Said", sev: Major},
		{name: "an attribution the reference ends the same way", article: "The district will hire 85 teachers in Lakeside, said on Wednesday.", ref: "The district will hire 85 teachers in Lakeside, said on Wednesday.", clean: true},
		{name: "the reference has the same words", article: "The company announced a plan and the board of directors then said would cost jobs.",
			ref: "The company announced a plan and the board of directors then said would cost jobs.", clean: true},
		{name: "an attribution at the end without its subject", article: "Farmers expect the wheat harvest to reach 28.5 million tonnes, about 7% more than last year, said on Monday.", span: "said", sev: Major},
		{name: "an attribution without its subject before a participle clause", article: "Applications from foreign students fell for the first time in a decade, said on Thursday, citing a shortage of housing.", span: "said", sev: Major},
		{name: "an attribution after a description in apposition, before a participle clause", article: "Turnout reached 68 percent, Grace Mensah, the head of Ghana's electoral commission, said on Wednesday, adding that results would follow.", clean: true},
		{name: "an attribution after a description of the thing, before a participle clause", article: "Customs officers found 4.5 tonnes of cocaine at the port of Rotterdam, the largest seizure this year, said, adding that no arrests had been made.", span: "said", sev: Major},
		{name: "an attribution with its subject before a participle clause", article: "Applications from foreign students fell for the first time in a decade, the agency said on Thursday, citing a shortage of housing.", clean: true},
		{name: "an attribution after a name in apposition", article: "The district will hire 85 teachers, the superintendent, Mark Ellison, said on Wednesday.", clean: true},
		{name: "an attribution after a place, without its subject", article: "The district will hire 85 teachers in Lakeside, said on Wednesday.", span: "said", sev: Major},
		{name: "an attribution with its subject after the verb", article: "The harvest will reach 28.5 million tonnes, said the agriculture department on Monday.", clean: true},
		{name: "an attribution with its subject before the verb", article: "The harvest will reach 28.5 million tonnes, the department said in a statement on Monday.", clean: true},
		{name: "past tense first", article: "Said on Tuesday they had detected water vapour on the planet.", span: "Said", sev: Major},
		{name: "auxiliary first", article: "Has not published the report since the start of March.", span: "Has"},
		{name: "a verb that is also an adjective, before an object", article: "Told reporters in Lisbon that she would not run again.", span: "Told"},
		{name: "an adverb before the verb", article: "Also launched an emergency campaign to vaccinate young children.", span: "launched", sev: Major},
		{name: "an adverb before the subject", article: "Meanwhile prices rose sharply in the capital last week.", clean: true},
		{name: "a participle opening before a main clause in the present", article: "Injured in the crash, three passengers remain in hospital.", clean: true},
		{name: "a caption", article: "Pictured: the damaged bridge in Kyiv on Monday.", clean: true},
		{name: "a race time is no comma", article: "Won a race in 2:03:58 on Sunday.", span: "Won"},
		{name: "an introductory participle clause", article: "Founded in 1990, the firm now employs 300 people in Riga.", clean: true},
		{name: "a participle before its noun", article: "Raised beds were built in the school garden last spring.", clean: true},
		{name: "an adjective before its noun", article: "Left luggage was found at the station on Monday morning.", clean: true},
		{name: "a noun that looks like a verb", article: "Police said the road to the airport was closed on Monday.", clean: true},
		{name: "a participial phrase closed by a comma", article: "Based on the evidence from the wreckage and the maker's records, the drone was Chinese.", clean: true},
		{name: "a question", article: "Did the minister sign the deal before the summit began?", clean: true},
		{name: "a passive participle clause", article: "Helped by robust sales of sport utility vehicles in North America, the carmaker posted a profit.", clean: true},
		{name: "an inverted sentence", article: "Included in the package are new rules for small banks.", clean: true},
		{name: "an adjunct participle without a comma", article: "Based on the evidence the court dismissed the case on Monday.", clean: true},
		{name: "a reported clause without its subject", article: "The Canadian government said would not renew the mining licence of the company.", span: "would"},
		// With a reference, however loosely worded: "that" and an
		// auxiliary after a verb of saying, where the passage has a
		// subject before that auxiliary.
		{name: "that and an auxiliary after said, the passage's subject before it", article: "The ministry said on the 8th that would invest 2 billion in new ports.",
			ref: "On the 8th the company announced it would put 2 billion into new ports.", span: "", sev: Major},
		{name: "that and an auxiliary after warned, the passage's subject before another auxiliary", article: "House prices fell 2.3 percent in the year to March, and analysts warned that could drop further if mortgage rates stay high.",
			ref: "House prices were down 2.3 percent in the twelve months to March, with analysts cautioning that they might fall further should mortgage rates remain high.", span: "", sev: Major},
		{name: "that as a demonstrative, as the passage has it", article: "The minister said that would be a mistake, officials reported.",
			ref: "Officials reported that the minister said this would be a mistake.", clean: true},
		{name: "a reported clause without its subject, an adverb before its verb", article: "The lander lost contact on Thursday, and the company said no longer expected to recover the spacecraft.", span: "expected"},
		{name: "a reported clause whose subject is a participle and its noun", article: "The company said expected profits would fall sharply this year.", clean: true},
		// The reference's relative clause without "that" has the same
		// three words, "said would cut", after its subject (from the
		// thirty-third suite).
		{name: "a reported clause in a relative without its subject", article: "The mayor said she would ban cars from the old town on Sundays, a move said would cut pollution.",
			ref: "The mayor said she would ban cars from the old town on Sundays, a move she said would cut pollution.", span: "would", sev: Major},
		{name: "a relative clause without that, as the reference has it", article: "The mayor said she would ban cars from the old town on Sundays, a move she said would cut pollution.",
			ref: "The mayor said she would ban cars from the old town on Sundays, a move she said would cut pollution.", clean: true},
		{name: "a clause as subject", article: "What the minister said was true, the court found on Monday.", clean: true},
		{name: "a long what-clause as subject", article: "What all the data I have shown you so far says is the same thing.", clean: true},
		{name: "a what-clause object, then a lost subject", article: "The minister did not explain what the new plan involved but said would be announced next week.", span: "would"},
		{name: "a relative clause around a report", article: "The journalist who she said had been threatened has left the country.", clean: true},
		{name: "a closed relative clause, then a lost subject", article: "The board, which met on Monday, said would not extend the contract.", span: "would"},
		{name: "a lost subject after a day", article: "The power utility said on Tuesday would not impose rolling blackouts this winter.", span: "would"},
		{name: "a time noun as the reported subject", article: "Officials said last week would be difficult for travellers.", clean: true},
		{name: "a participle and a day before the main verb", article: "The measures announced on Tuesday will take effect in May.", clean: true},
		{name: "a lost subject after a day and a time", article: "The board said on Tuesday morning would not extend the contract.", span: "would"},
		{name: "a relative clause without that", article: "Parliament passed the law, a move the ministry said would ease shortages.", clean: true},
		{name: "a relative clause with a pronoun subject", article: "The plan she said would cost too much was dropped on Monday.", clean: true},
		{name: "a lost subject after a prepositional phrase", article: "Shares fell after the company said would cut its forecast.", span: "would"},
		{name: "a subordinate clause with a simple past", article: "The motion failed on Tuesday, although fell only four votes short.", span: "fell"},
		{name: "a regular past form before its object", article: "Shares jumped in Seoul on Monday after lowered its forecast for the year.", span: "lowered"},
		{name: "an auxiliary after a subordinator", article: "The suspect fled the scene before was arrested in Lyon on Sunday.", span: "was"},
		{name: "reduced clauses keep no subject", article: "The bridge will reopen next year once repaired, and the tolls will be cut when needed.", clean: true},
		{name: "a reduced clause with an object of the passive", article: "The minister, when asked the same question on Monday, declined to answer.", clean: true},
		{name: "an opening clause without its comma", article: "Once completed the bridge will carry 40,000 vehicles a day.", clean: true},
		{name: "comparisons with as", article: "The bill passed as was expected, and turnout was higher than had been forecast.", clean: true},
		{name: "once as an adverb", article: "Once was enough for the committee, which rejected the plan again.", clean: true},
		{name: "since as an adverb", article: "The company has since removed the post, and what has changed since is the tone.", clean: true},
		{name: "once before a past verb", article: "He once owned a small bakery in the old town.", clean: true},
		{name: "a quoted question", article: "\"Since when do we negotiate with thieves?\" he asked on Monday.", clean: true},
		{name: "before after a time noun", article: "What happened the day before was never explained, and the year before saw floods.", clean: true},
		{name: "a reduced clause before a time", article: "She would be the first woman in the post if confirmed this week.", clean: true},
		{name: "a reported clause opening with a reduced one", article: "The minister said if approved the law would take effect in May.", clean: true},
		{name: "an adjective after though", article: "The club kept paying its players though broke and in debt.", clean: true},
		{name: "a gerund as the object of a clause without a subject", article: "The court jailed the treasurer after admitted stealing the funds.", span: "admitted"},
		{name: "an irregular past before its object", article: "The company collapsed after lost its biggest client.", span: "lost"},
		{name: "a clause without a subject opening the sentence", article: "Although has denied the charges, the minister resigned on Friday.", span: "has"},
		{name: "an opening clause whose object a comma closes", article: "After raised its forecast, the company hired 200 staff.", span: "raised"},
		{name: "a gerund opening a clause", article: "After winning the vote, the party formed a coalition.", clean: true},
		{name: "a gerund opening the sentence", article: "Mimicking the look of old Hong Kong films and set to classic songs, the video went viral.", clean: true},
		{name: "a reported question", article: "He asked when was the last time the bridge had been inspected.", clean: true},
		{name: "thought as a noun", article: "Little thought was given to the consequences of the plan.", clean: true},
		{name: "relative clauses without that, their subjects bare", article: "The man police said was responsible fled, and the hearing the judge said would take place was postponed.", clean: true},
		{name: "a passive keeping its complement", article: "After fined the maximum, the bank said it would appeal the ruling.", clean: true},
		{name: "an irregular participle before its object", article: "Prisoners are less likely to reoffend when taught a trade in jail.", clean: true},
		{name: "a passive of seeing before a gerund", article: "Drivers face a fine if caught using a phone at the wheel.", clean: true},
		{name: "after ending a relative clause", article: "Spectators who arrived after missed the opening ceremony.", clean: true},
		{name: "broke as an adjective", article: "Although broke at the time, he later became a millionaire.", clean: true},
		{name: "a participle and a phrase of manner", article: "When done the right way, recycling saves energy, and it pays when managed the right way.", clean: true},
	})
}

func TestMissingVerb(t *testing.T) {
	testCheck(t, "missing-verb", []checkCase{
		// A modal straight before an article or a possessive, and "who"
		// before a noun phrase whose clause has no verb, without a
		// reference.
		{name: "a modal before an article", article: "Chinese carmaker Jiaxing Motors said it would the launch of its first electric pickup truck in Europe until 2027.", span: "", sev: Major, flagged: true},
		{name: "a modal in a question", article: "Why would the bank cut rates now?", clean: true},
		{name: "a modal after nor", article: "Nor could the ministry say when the line would reopen.", clean: true},
		{name: "should opening a condition", article: "Analysts said prices would climb steeply should the rains arrive late.", clean: true},
		{name: "will as a noun", article: "Officials said there was little political will the plan would pass.", clean: true},
		{name: "who before a quantity with no verb", article: "The tango singer Rosa Villalba, who more than 40 albums during a career spanning six decades, died on Monday.", span: "", sev: Major, flagged: true},
		{name: "who before the subject of its verb", article: "The activist, who a court in Lyon convicted last year, lost her appeal on Monday.", clean: true},
		{name: "who before a subject and a verb of saying", article: "The man, who the police say fled the scene, was arrested on Monday.", clean: true},
		{name: "a clause's subject, then its object", article: "Shares in Veltronik surged 14 percent on Tuesday after the company its full-year revenue forecast to 3.2 billion euros, citing strong demand.", span: "", sev: Major, flagged: true},
		{name: "a clause's subject, then its verb and object", article: "Staff cheered when the regulator gave the company its licence back on Friday.", clean: true},
		{name: "a verb the lemmatiser had read as a noun", article: "Migrants crossed the border, up 35% from last year.", clean: true},
		{name: "subject then object", article: "The city council a budget of 3.2 million euros on Tuesday.", span: "", sev: Major},
		{name: "a longer subject", article: "Voters in Switzerland a proposal to raise the retirement age to 67.", span: ""},
		{name: "a subject noun that is also a verb, before a gerund", article: "The company an operating loss of 118 billion euros last year.", span: "", sev: Major},
		{name: "a plural subject before a verb that is also a noun", article: "The firms plan a merger next year, officials said.", clean: true},
		{name: "a verb that is also a noun", article: "The senator voted against the bill on Tuesday evening.", clean: true},
		{name: "a preposition before the determiner", article: "The new bridge across the Danube will shorten the journey.", clean: true},
		{name: "two objects", article: "The regulator fined two mobile carriers a combined 14.6 billion won.", clean: true},
		{name: "a predeterminer", article: "Save half the cost by booking your tickets early.", clean: true},
		{name: "a comparison", article: "The more unequal the society, the worse its health.", clean: true},
		{name: "a time adverbial", article: "This week the council approved the budget for schools.", clean: true},
		{name: "an opening adverbial without a comma", article: "In Vienna the ambassador handed a protest note to the ministry.", clean: true},
		{name: "an opening phrase and adverb", article: "Two weeks later the army withdrew from the town at night.", clean: true},
		{name: "an opening plural time noun", article: "For years the government has ignored the problem of housing.", clean: true},
		{name: "a relative clause without that", article: "Most residents the authorities spoke to supported the plan.", clean: true},
		{name: "a main verb the reference has, left out", article: "A study found that people who walked 7,000 steps a day a 35 percent lower risk of heart disease.",
			ref: "A study found that people who walked 7,000 steps a day had a 35 percent lower risk of heart disease.", span: "", sev: Major},
		{name: "a copula the reference has, left out", article: "He said the plan a mistake from the start.", ref: "He said the plan was a mistake from the start.", span: "", sev: Major},
		{name: "a copula left out of a short sentence", article: "The president a former general.", ref: "The president is a former general.", span: "", sev: Major},
		{name: "an apposition where the reference has a copula", article: "The suspect, a man from Leeds, was arrested.", ref: "The suspect was a man from Leeds and was arrested.", clean: true},
		{name: "a sentence with its verb elsewhere", article: "The average welfare of our society no longer depends on national income.",
			ref: "The average welfare of our society is no longer determined by national income.", clean: true},
		{name: "a verb only in a later clause", article: "The city council a budget of 3.2 million euros after the mayor resigned.", span: ""},
		{name: "a relative clause with a pronoun subject", article: "The man he met in Vienna was a former diplomat.", clean: true},
		{name: "a that-clause and the main verb", article: "The report that the committee published last week was long.", clean: true},
		{name: "two verbs joined by and, then the main verb", article: "My intuition that inequality can divide and corrupt societies dates back centuries.", clean: true},
		{name: "a verb after a subject pronoun", article: "I think this idea that prices will fall soon is wrong.", clean: true},
		{name: "a time noun before the subject", article: "The next day she left the city for good.", clean: true},
		{name: "a topic first, then its clause", article: "The icebergs I photographed, some were very young.", clean: true},
		{name: "a what-clause subject", article: "What all the data I have shown you so far says is the same thing.", clean: true},
		{name: "a relative clause, then the main verb", article: "The report the committee published was highly critical of the police.", clean: true},
		{name: "a relative clause, then a plural verb", article: "The children the charity supports in Yemen face severe malnutrition.", clean: true},
		{name: "a demonstrative time phrase", article: "The ministry that day announced new restrictions on travel.", clean: true},
		// A subject pronoun straight before its object, with no reference.
		{name: "a pronoun, an adverb and a number", article: "They also two packing machines, valued at an estimated 600,000 euros.", span: "", sev: Major},
		// A personal pronoun after a word that opens a clause; "to" and
		// a verb after a personal pronoun (from the suites against their
		// paraphrases, read without a reference).
		{name: "a pronoun after a conjunction, then to and a verb", article: "Police said a man was arrested after he to board a domestic flight with a loaded pistol.", span: "", sev: Major},
		{name: "a pronoun after a reporting verb, then an object", article: "The coach said she the award to her grandmother after the final.", span: "", sev: Major},
		{name: "a subject straight before a quantity", article: "Chile's copper output 4.6% in June, the mining ministry said on Friday.", span: "", sev: Major},
		{name: "a verb that is a noun too, before a quantity", article: "Turnout in the regional elections hit 59 percent, its highest level in 20 years.", clean: true},
		{name: "a label and its number", article: "The minister met the leaders of the Group of 20 in Rio on Monday.", clean: true},
		{name: "a verb that takes an infinitive, then to and a number", article: "Vietnam's textile exports are expected to 44 billion dollars this year.", span: "", sev: Major},
		{name: "a verb that takes an infinitive, then to and a determiner", article: "The port authority decided to a new container terminal at Dar es Salaam.", span: "", sev: Major},
		{name: "a plural noun before to and a determiner", article: "The court jailed an engineer for passing design plans to a competitor abroad.", clean: true},
		{name: "a verb that takes an infinitive, with its verb", article: "Vietnam's textile exports are expected to reach 44 billion dollars this year.", clean: true},
		{name: "it as an object before to", article: "The council said it would take it to court if the firm refused to pay.", clean: true},
		{name: "a pronoun as the subject of its verb after a conjunction", article: "Police said a man was arrested after he tried to board a flight with a pistol.", clean: true},
		{name: "a pronoun after and, before a determiner", article: "They both won medals, and they the best team in the country.", span: "", sev: Major},
		{name: "a pronoun before a number and a plural noun", article: "In 2019 they 12 matches in the league.", span: "", sev: Major},
		// After an opening time phrase, before a share with its "of"
		// (from the twenty-first review).
		// An adverbial clause with its subject and no verb (from the
		// twenty-second review).
		{name: "a clause ending the sentence with no verb", article: "Two of the dead were killed near the village of Ostrel when a tree onto their car.", span: "when a tree onto their car", sev: Major},
		{name: "a clause opening the sentence with no verb", article: "When the storm over the capital, the power failed.", span: "When the storm over the capital", sev: Major},
		{name: "a clause with its verb", article: "Two of the dead were killed when a tree fell onto their car.", clean: true},
		{name: "a clause whose subject has an apposition", article: "He will resign if the ruling party, which he founded, loses the vote.", clean: true},
		{name: "a comparison with a clause", article: "Turnout was higher than when the last election was held.", clean: true},
		// A name the passage has straight after the verb the sentence
		// lacks; a name in apposition stays (from the twenty-second
		// review).
		{name: "a noun before a name, the passage's verb between", article: "Some 310,000 patients in the country Vostarin, which is prescribed mainly to people aged over 50.",
			ref: "About 310,000 patients in the country take Vostarin, which is mainly prescribed to people over 50.", span: "", sev: Major},
		{name: "a noun before a name in apposition", article: "Shares in the carmaker Halvard rose 3% on Monday.",
			ref: "Shares in carmaker Halvard rose 3% on Monday.", clean: true},
		{name: "a noun before a name, the passage's noun for it", article: "The Polish novelist Agnieszka Wróbel, whose debut was rejected by eleven publishers, has won the award.",
			ref: "Polish author Agnieszka Wróbel, whose first book was turned down by eleven publishers, has been awarded the prize.", clean: true},
		// A verb the reference has after a relative or "to" (from the
		// twenty-second review).
		{name: "a relative before to", article: "Brisk said that new graduates who to work in a rural school for four years will have their loans written off.",
			ref: "Brisk said new graduates who agree to work in rural schools for four years would have their loans cancelled.", span: "", sev: Major},
		{name: "to before a noun", article: "Brennmark, the supermarket chain, has agreed to construction until the excavation ends.",
			ref: "The supermarket chain Brennmark has agreed to postpone construction until the excavation is finished.", span: "", sev: Major},
		{name: "to before an adverb, the passage passive", article: "We need to boldly explore in practice and promote reform.",
			ref: "There are many areas that need to be boldly explored in practice and reform must be promoted.", clean: true},
		// A modal whose clause has no verb, the passage having one (from
		// the twenty-third review).
		{name: "a modal before a prepositional phrase", article: "The council said the ban would in effect until the end of March.",
			ref: "The council said the ban would remain in effect until the end of March.", span: "", sev: Major},
		{name: "a modal before a time phrase, the passage passive", article: "The new bridge should by the summer of next year.",
			ref: "The new bridge is expected to be finished by the summer of next year.", span: "", sev: Major},
		{name: "a modal before an adverb ending the sentence", article: "Officials hope the bees will return so that the orchards can again.",
			ref: "Officials hope the bees will return so that the orchards can recover again.", span: "", sev: Major},
		{name: "a modal before an adverb and a noun phrase with an adjective", article: "The council will also the fee for a standard permit by 5 euros in March.",
			ref: "The council will also raise the fee for a standard permit by 5 euros in March.", span: "", sev: Major},
		{name: "a modal, a time phrase, then its verb", article: "The council will this week announce the fee for a standard permit.",
			ref: "This week the council will announce the fee for a standard permit.", clean: true},
		{name: "a modal, an adverbial, then its verb", article: "The council said the ban would in all likelihood remain until March.",
			ref: "The council said the ban would probably remain in effect until March.", clean: true},
		{name: "a modal before an aside", article: "The project could, officials said, cost twice as much.",
			ref: "Officials said the project could cost twice as much.", clean: true},
		{name: "a modal standing for a verb said before", article: "The minister said the prices would fall, and they did, as he had said they would.",
			ref: "The minister said prices would fall, and they did fall, as he had predicted.", clean: true},
		{name: "a modal before more than and a verb", article: "Officials warned that the cost could more than double by next year.",
			ref: "Officials warned the cost could more than double by next year.", clean: true},
		{name: "a pronoun after a time phrase, before a share", article: "Last year they 19% of the country's electricity.", span: "", sev: Major},
		{name: "a pronoun after a time phrase, before its verb", article: "Last year they supplied 19% of the country's electricity.", clean: true},
		{name: "a number of them, after a time phrase", article: "Last week they said two of them had left the company.", clean: true},
		{name: "a pronoun, a time phrase, then the verb", article: "They two years ago moved to Paris with their children.", clean: true},
		{name: "a pronoun and its verb", article: "They also seized two packing machines worth 600,000 euros.", clean: true},
		{name: "a number that is its own clause's subject", article: "Of the ten, they said two died in hospital later.", clean: true},
		// The passage's verb between the same words, in a sentence that
		// renders the rest loosely.
		// The sentence's "says" renders the passage's first "says", not
		// the "say" it lost (from the thirty-fourth suite).
		{name: "a verb the sentence has as another's counterpart", article: "The government says the deal will halve waiting times, though opposition lawmakers the contract has still not been published.",
			ref: "The government says the deal will halve waiting times, though opposition lawmakers say the contract has still not been published.", span: "", sev: Major},
		{name: "a verb the sentence has moved", article: "The government says the deal will halve waiting times, though the contract has still not been published, opposition lawmakers say.",
			ref: "The government says the deal will halve waiting times, though opposition lawmakers say the contract has still not been published.", clean: true},
		{name: "a verb the reference has, before an object pronoun", article: "The court him from public office for a decade.",
			ref: "The court banned him from public office for ten years.", span: "", sev: Major},
		{name: "a verb the reference has, after an opening adverbial", article: "In a statement on Saturday evening, the Southern Council the agreement.",
			ref: "The Southern Council welcomed the agreement in a statement on Saturday evening.", span: "", sev: Major},
		{name: "a verb the reference has, after a modal", article: "Katrin Weyland said her ministry would whether the company had breached its contract.",
			ref: "Katrin Weyland said her ministry would examine whether the company had breached the contract, but did not rule out penalties.", span: "", sev: Major},
		// A word of the subject the sentence moved, beside the verb it
		// lost (from the twenty-third review).
		{name: "a verb the reference has after a moved word", article: "On Tuesday, engineers from the council the bridge and found cracks in two of its piers.",
			ref: "The council's engineers inspected the bridge on Tuesday and found cracks in two of its piers.", span: "", sev: Major},
		{name: "a verb the reference has in a relative, before a number", article: "The shelter 40 dogs and will stay open over the holidays.",
			ref: "The shelter, which has 40 dogs, will stay open over the holidays.", span: "", sev: Major},
		{name: "a measure after its noun", article: "Astronomers found water on a planet 120 light years away.",
			ref: "Astronomers found water on a planet lying 120 light years away.", clean: true},
		{name: "a measure after its noun, in a with-phrase", article: "June was the warmest on record, with average temperatures 1.5 degrees above normal.",
			ref: "June was the warmest on record, and average temperatures stood 1.5 degrees above normal.", clean: true},
		{name: "a moved word, the verb kept", article: "On Tuesday, engineers from the council inspected the bridge and found cracks in two of its piers.",
			ref: "The council's engineers inspected the bridge on Tuesday and found cracks in two of its piers.", clean: true},
		{name: "the month May is no modal", article: "Annual inflation slowed to 48 percent in May from 69 percent a year earlier.",
			ref: "Annual inflation eased to 48 percent in May, down from 69 percent twelve months before.", clean: true},
		{name: "a noun that is also a verb before its object", article: "Officials said the plans an expansion of the port.",
			ref: "Officials said the plans include an expansion of the port.", span: "", sev: Major},
		{name: "a verb the sentence has elsewhere", article: "The minister the agreement signed on Monday.",
			ref: "The minister signed the agreement on Monday.", clean: true},
		{name: "a word the dictionary does not know, as the verb", article: "The navy test-fired a cruise missile on Monday.", clean: true},
		// No word that can be a finite verb anywhere, where the passage
		// has one.
		{name: "no verb at all, a noun that is also a verb after its determiner", article: "The start of the match for two hours by fog.",
			ref: "Fog delayed the start of the match by two hours.", span: "The start of the match for two hours by fog.", sev: Major},
		{name: "no verb at all, after an attribution", article: "According to the coroner, two of the victims with knives.",
			ref: "Two of the victims were attacked with knives, the coroner said.", span: "", sev: Major},
		{name: "no verb at all, an apposition and a figure", article: "The country's currency, the lira, 3% against the euro.",
			ref: "The lira, the country's currency, fell 3% against the euro.", span: "", sev: Major},
		{name: "a past verb after a number", article: "A crowd of 40,000 watched the final in Rome.",
			ref: "The final in Rome was watched by a crowd of 40,000.", clean: true},
		{name: "a past verb after a possessive name", article: "Sotheby's sold the painting for 12 million dollars.",
			ref: "The painting was sold by Sotheby's for 12 million dollars.", clean: true},
		{name: "a past verb after some", article: "Some praised the ruling, while others condemned it.",
			ref: "The ruling was condemned by some and praised by others.", clean: true},
		{name: "an unknown verb against a passive", article: "The navy test-fired a cruise missile on Monday.",
			ref: "A cruise missile was fired by the navy on Monday.", clean: true},
		{name: "a comparison needs no verb", article: "The more crowded the trains, the longer the delays.",
			ref: "The delays are longer when the trains are more crowded.", clean: true},
		{name: "a dateline", article: "Xinhua News Agency, Beijing, March 3.", ref: "Xinhua reported from Beijing on March 3.", clean: true},
		{name: "no verb at all, after an adverb", article: "The minister finally the agreement in Vienna on Monday.",
			ref: "The minister finally signed the agreement in Vienna on Monday.", span: "", sev: Major},
		{name: "no verb at all, a plural in a prepositional phrase", article: "The proposal strong criticism from consumer groups.",
			ref: "Consumer groups strongly criticised the proposal.", span: "The proposal strong criticism from consumer groups.", sev: Major},
		{name: "no verb at all, a plural after an opening phrase", article: "In Tokyo, shares in the carmaker 4%.",
			ref: "Shares in the carmaker fell 4% in Tokyo.", span: "", sev: Major},
		{name: "a plural after an opening phrase, then the verb", article: "In Tokyo, shares in the carmaker fell 4%.",
			ref: "Shares in the carmaker dropped 4% in Tokyo.", clean: true},
		{name: "a plural verb after a comma", article: "The company, based in Oslo, plans a merger with a Danish rival.",
			ref: "The Oslo-based company intends to merge with a Danish rival.", clean: true},
		{name: "a plural verb after an opening phrase and its subject", article: "In winter, demand rises sharply across the region.",
			ref: "Demand across the region climbs steeply in winter.", clean: true},
		{name: "no verb at all, a noun after a superlative", article: "In Bergen, shares in Fjordal Stal, Norland's biggest steel producer, 4%.",
			ref: "Shares in Norland's largest steelmaker, Fjordal Stal, fell 4 percent in Bergen trading.", span: "", sev: Major},
		{name: "no verb at all, a plural after an ordinal", article: "According to the coast guard, the first bodies on a beach near Tarifa on Sunday.",
			ref: "The first bodies were found on a beach near Tarifa on Sunday, according to the coast guard.", span: "", sev: Major},
		{name: "no verb at all, a base form after a singular subject", article: "The Vega-7 rocket from the Andoya launch site at 09:15 local time.",
			ref: "The Vega-7 rocket lifted off from the Andoya launch site at 9:15 local time.", span: "", sev: Major},
		{name: "a plural subject before a base form", article: "Bees now carry the fungus from flower to flower.",
			ref: "The fungus is now carried from flower to flower by bees.", clean: true},
		{name: "a collective subject before a base form", article: "The police arrest dozens of fans every season.",
			ref: "Dozens of fans are arrested by police every season.", clean: true},
		{name: "a heading with a gerund", article: "Attracting more tourists to the northern islands.",
			ref: "The government launched a campaign to attract more tourists to the northern islands.", clean: true},
		// A subject running into an object or a reported clause, where the
		// passage has a verb the sentence lacks straight after the subject.
		{name: "a subject running into a number, a noun that may be a verb before it", article: "Rescue teams in the mountains overnight two missing hikers.",
			ref: "Rescue teams in the mountains found two missing hikers overnight.", span: "", sev: Major},
		{name: "a subject running into a reported clause with its own verb", article: "Danish shipping group Maersk its quarterly profit fell 30%.",
			ref: "Maersk, the Danish shipping group, reported that its quarterly profit had fallen 30%.", span: "", sev: Major},
		{name: "a subject running into a pronoun", article: "The Kenyan health ministry it would vaccinate 2 million children.",
			ref: "The Kenyan health ministry said it would vaccinate 2 million children.", span: "", sev: Major},
		{name: "a relative clause without that, against a reworded passage", article: "The report the committee published on Monday was highly critical of the police.",
			ref: "The committee's report, published on Monday, strongly criticised the police.", clean: true},
		{name: "a plural verb, against another verb", article: "The firm plans a merger with its rival next year.",
			ref: "The firm intends to merge with its rival next year.", clean: true},
		{name: "a relative clause without that, then the main verb", article: "Investors the bank surveyed expect rates to fall.",
			ref: "Investors surveyed by the bank said they expected rates to fall.", clean: true},
		{name: "a past verb after a pronoun, then its object", article: "Speaking to reporters, she called the deal the largest in the company's history.",
			ref: "\"This deal is the largest in our history,\" she told reporters.", clean: true},
		{name: "an adverb and then the verb", article: "The company also plans to cut 300 jobs next year.",
			ref: "The company intends to cut 300 jobs next year as well.", clean: true},
		{name: "a headline has no full stop", article: "Floods in the north of the country", ref: "Floods hit the north of the country.", clean: true},
	})
}

// A sentence with no verb names the passage's verb with its auxiliaries,
// and the verb of the statement rather than of its attribution.
func TestNoVerbNamesTheMissingVerb(t *testing.T) {
	r := runCase(t, checkCase{article: "According to the ministry, the storm roughly 40 million euros of damage to the harbour.",
		ref: "The ministry said the storm would cause about 40 million euros of damage to the harbour."})
	for _, f := range r.Sentences[0].Findings {
		if f.Check == "missing-verb" {
			if !strings.Contains(f.Message, "“would cause”") {
				t.Errorf("message %q does not name “would cause”", f.Message)
			}
			return
		}
	}
	t.Errorf("no missing-verb finding:%s", describeFindings(r))
}

// A modal without its verb names the passage's verb with the auxiliaries
// that go with it after a modal, and offers it as the fix.
func TestModalWithoutVerbNamesTheVerb(t *testing.T) {
	r := runCase(t, checkCase{article: "The new bridge should by the summer of next year.",
		ref: "The new bridge is expected to be finished by the summer of next year."})
	for _, f := range r.Sentences[0].Findings {
		if f.Check == "missing-verb" {
			if !strings.Contains(f.Message, "“be finished”") || f.Suggestion != "be finished" {
				t.Errorf("message %q, suggestion %q: want “be finished”", f.Message, f.Suggestion)
			}
			return
		}
	}
	t.Errorf("no missing-verb finding:%s", describeFindings(r))
}

// Reworded sentences whose subjects keep their roles: no major
// divergence (a minor one for the rewording may stand).
func TestRoleSwapsLeaveRewordingsAlone(t *testing.T) {
	for _, tc := range []struct{ article, ref string }{
		{"Rangers said poachers had killed three rhinos before the fence was finished.", "Poachers had killed three rhinos before the fence was finished, according to rangers."},
		{"The prime minister said the court was respected by his government.", "The prime minister said his government respected the court."},
		{"Talks over a new pay deal ended without an agreement on Friday.", "Talks on a new pay agreement ended without a deal on Friday."},
		{"Police said the suspect had fled the country.", "The suspect had fled the country, police said."},
		{"Analysts said investors had welcomed the results.", "Investors welcomed the results, analysts said."},
		{"The coach praised his players after the match.", "After the match, the players were praised by their coach."},
		// A reworded verb with its sides kept; one event told from the
		// other side.
		{"Inspectors are examining whether the ministry had alerted the hospital in time.", "Inspectors are examining whether the ministry had notified the hospital in time."},
		{"Last year the striker joined the club from Benfica.", "Last year the club signed the striker from Benfica."},
		{"The firm hired him as chief engineer in 2019.", "He joined the firm as chief engineer in 2019."},
		// Two views of one event, or acts merely alike, with the sides
		// exchanged.
		{"Farmers said the frost had not destroyed their crop.", "Farmers said their crop had survived the frost."},
		{"Her grandmother had taught her the language.", "She had learned the language from her grandmother."},
		{"The club sold the striker to Benfica for 20 million euros.", "Benfica bought the striker from the club for 20 million euros."},
	} {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		for _, f := range r.Sentences[0].Findings {
			if f.Check == "divergence" && f.Severity >= Major {
				t.Errorf("%q against %q: %s", tc.article, tc.ref, f.Message)
			}
		}
	}
}

func TestPartsIn(t *testing.T) {
	ws := Parse("r", "Cooperation between China and Japan grew.", ParseOptions{}).Sentences[0].words
	for w, want := range map[string]bool{"china-japan": true, "japan-china": true, "china-korea": false, "china": false, "china-": false} {
		if got := partsIn(w, ws); got != want {
			t.Errorf("partsIn(%q) = %v, want %v", w, got, want)
		}
	}
}

// A single finding flags a sentence against a loosely reworded passage only
// when its evidence is pinned: an opposite said of the same words. A name,
// a metonym or a turned frame is not enough.
func TestPinnedEvidence(t *testing.T) {
	for _, tc := range []struct{ article, ref string }{
		{"Germany has rejected the proposal, officials said on Tuesday.", "Berlin has rejected the plan, officials said Tuesday."},
		{"Tehran has denied any involvement in the attack.", "Iran denied being involved in the attack."},
		{"Zelensky said Kyiv needed more air defence systems.", "The Ukrainian president said his country needed more air defences."},
		{"Consumer prices rose 2.1% in March, slowing from 2.5% in February.", "Inflation slowed to 2.1 percent in March from 2.5 percent in February."},
		{"He was arrested two days after the attack, police said.", "The attack took place two days before his arrest, according to police."},
	} {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		if r.Sentences[0].Flagged {
			t.Errorf("%q against %q: flagged:%s", tc.article, tc.ref, describeFindings(r))
		}
	}
	r := runCase(t, checkCase{article: "Shares in the shipping group Nordhavn rose 6 percent in Oslo on Friday after it cut its dividend.",
		ref: "On Friday, Oslo-listed Nordhavn saw its stock drop by 6 percent, with the shipping company having reduced its payout to shareholders."})
	if !r.Sentences[0].Flagged {
		t.Errorf("an opposite said of the same words does not flag:%s", describeFindings(r))
	}
}

// A hyphenated word with a name joined on is English; a foreign word is not.
func TestEnglishWordWithJoinedName(t *testing.T) {
	ws := Parse("a", "Henan fixes dental implant prices-Chinanews and Fernzüge.", ParseOptions{}).Sentences[0].words
	for _, w := range ws {
		if w.Norm != "prices-chinanews" && w.Norm != "fernzüge" {
			continue
		}
		want := w.Norm != "fernzüge"
		if got := englishWord(w); got != want {
			t.Errorf("englishWord(%q) = %v, want %v", w.Text, got, want)
		}
	}
}

// A number's correction keeps the sentence's own signs and endings, so an
// editor can accept it as it stands.
func TestNumberSuggestionKeepsSigns(t *testing.T) {
	for _, c := range []struct{ article, ref, want string }{
		{"Profit dropped by 32% to 1.8 billion kroner.", "Profit fell 23 percent to 1.8 billion kroner.", "23%"},
		{"The deal was worth €830,000 in cash.", "The deal was worth 380,000 euros in cash.", "€380,000"},
		{"Pereira scored after 21 minutes in Lisbon.", "Pereira scored in the 12th minute in Lisbon.", "12"},
		{"The court fined nine companies on Monday.", "The court fined 10 companies on Monday.", "10"},
	} {
		var got []string
		for _, f := range runCase(t, checkCase{article: c.article, ref: c.ref}).Findings() {
			if f.Check == "number-mismatch" {
				got = append(got, f.Suggestion)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q / %q: suggestions %q, want %q", c.article, c.ref, got, c.want)
		}
	}
}

// A pronoun where the passage names the person is checked against the
// gender the references give that person elsewhere; a possessive ("his
// wife") is read neither way.
func TestGenderOfANamedPerson(t *testing.T) {
	ref := "Chief executive Ingrid Solberg said she expected demand to recover.\n\"We are confident,\" Solberg said in a statement."
	for _, c := range []struct {
		article string
		want    string
	}{
		{"Chief executive Ingrid Solberg said she expected demand to recover.\n\"We are confident,\" he said in a statement.", "he"},
		{"Chief executive Ingrid Solberg said she expected demand to recover.\n\"We are confident,\" she said in a statement.", ""},
	} {
		var got []string
		for _, f := range runCase(t, checkCase{article: c.article, ref: ref}).Findings() {
			if f.Check == "gender" {
				got = append(got, c.article[f.Start:f.End])
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) != 1 || got[0] != c.want) {
			t.Errorf("%q: gender findings on %q, want %q", c.article, got, c.want)
		}
	}
	// A gendered title gives the gender too ("Ms Okafor").
	r0 := runCase(t, checkCase{article: "Ms Okafor, the head teacher, said the school had no funding.\n\"We were not told why,\" he added.",
		ref: "Ms Okafor, the head teacher, said the school had no funding.\n\"We were not told why,\" Okafor added."})
	if n := len(slices.DeleteFunc(r0.Findings(), func(f Finding) bool { return f.Check != "gender" })); n != 1 {
		t.Errorf("\"he\" for Ms Okafor: %d gender findings, want 1", n)
	}
	// The pronoun read after a name must be the subject's: "her parents"
	// after "Li Xuezhu with their daughter" is the daughter's.
	r := runCase(t, checkCase{article: "Kim Jong-un and his wife Ri Sol-ju brought their daughter to a banquet.",
		ref: "Kim Jong-un and Li Xuezhu brought their daughter to a banquet, and she sat between her parents."})
	for _, f := range r.Findings() {
		if f.Check == "gender" {
			t.Errorf("a possessive read as the named person's gender: %s", f.Message)
		}
	}
}

func TestDroppedVerbBesideAWordTheDictionaryLacks(t *testing.T) {
	testCheck(t, "missing-verb", []checkCase{
		{name: "an unknown word the passage has in the same place", article: "The Falkir-2 rocket from the Kessa Point spaceport at 06:42 local time.",
			ref: "The Falkir-2 rocket lifted off from the Kessa Point spaceport at 6:42 local time.", span: "", sev: Major, flagged: true},
		{name: "an unknown word the passage does not have", article: "The Falkir-2 rocket spaceported from the Kessa Point airport at 06:42 local time.",
			ref: "The Falkir-2 rocket lifted off from the Kessa Point airport at 6:42 local time.", clean: true},
	})
	r := runCase(t, checkCase{article: "The Falkir-2 rocket from the Kessa Point spaceport at 06:42 local time.",
		ref: "The Falkir-2 rocket lifted off from the Kessa Point spaceport at 6:42 local time."})
	for _, f := range r.Findings() {
		if f.Check == "missing-verb" && !strings.Contains(f.Message, "“lifted off”") {
			t.Errorf("want the verb with its particle, got %s", f.Message)
		}
	}
}

// The speaker kept, the words of the report moved: no reversal (a minor
// difference of word order at most).
func TestSpeakerKeptIsNoReversal(t *testing.T) {
	for _, tc := range [][2]string{
		{"Morvane Lines said it was fully cooperating with the authorities.", "Morvane Lines said it was cooperating fully with the authorities."},
		{"The ministry said the union had met it twice.", "The ministry said it had met the union twice."},
	} {
		r := runCase(t, checkCase{article: tc[0], ref: tc[1]})
		for _, f := range r.Findings() {
			if f.Severity >= Major {
				t.Errorf("%q: %s %s", tc[0], f.Check, f.Message)
			}
		}
	}
}

// TestOppositeFlagsHoweverWorded: two content words opposed flag the
// sentence however loosely the rest is reworded; a preposition or a verb
// of saying opposed to a word of the passage does not, without the same
// word after both (from the controlled suites against their paraphrases).
func TestOppositeFlagsHoweverWorded(t *testing.T) {
	for _, tc := range []struct {
		article, ref string
		flagged      bool
	}{
		{"Swiss drugmaker Velantis said on Monday that European regulators had approved its new treatment for mild asthma in children aged six to 11.",
			"European regulators have given the green light to Velantis's new severe asthma treatment for children between six and 11 years old, the Swiss company said on Monday.", true},
		{"Maritex reported a net loss of $212 million for the third quarter, compared with a profit of $1.4 billion a year earlier, as freight rates slumped.",
			"Hit by slumping freight rates, Maritex posted a third-quarter net loss of $212 million against a $1.4 billion profit in the same period a year before.", false},
		{"NordLink will cut 140 weekday services from March 3, the company said on Tuesday, adding that it did not expect the problem to last beyond the summer.",
			"NordLink said on Tuesday it would scrap 140 weekday services starting March 3, though it did not expect the problem to last beyond the summer.", false},
		{"French lawmakers did not pass the no-confidence motion on Tuesday, leaving the prime minister's minority government in place, although it fell just nine votes short of a majority.",
			"The no-confidence motion failed in the French parliament on Tuesday, coming up only nine votes shy of a majority, so the prime minister's minority government stays in office.", false},
		{"The probe had left orbit around Jupiter after a seven-year journey, the agency said.",
			"After a seven-year journey the probe has stayed in orbit around Jupiter, the agency confirmed.", true},
	} {
		r := runCase(t, checkCase{article: tc.article, ref: tc.ref})
		opposed := false
		for _, f := range r.Sentences[0].Findings {
			opposed = opposed || f.Check == "negation" && strings.Contains(f.Message, "the opposite")
		}
		if tc.flagged && (!opposed || !r.Sentences[0].Flagged) {
			t.Errorf("%q against %q: opposite found %v, flagged %v; want both%s", tc.article, tc.ref, opposed, r.Sentences[0].Flagged, describeFindings(r))
		}
		if !tc.flagged && r.Sentences[0].Flagged {
			t.Errorf("%q against %q: flagged, want not%s", tc.article, tc.ref, describeFindings(r))
		}
	}
}
