#![cfg(not(target_arch = "wasm32"))]
//! The built-in dataset against its sources file, `data/tiexi-2025.sources.json`
//! (our own record of the article and the dated reports behind each figure):
//! every date as precise as the sources allow and no more, every number the
//! widget shows traceable, every rounded or capped figure marked so, no trap
//! on the timeline, and translations that state the same figures as the
//! Traditional Chinese they translate. Nothing here reads outside the
//! repository.

use serde_json::Value;
use tiexi_infographic::data::default_dataset::default_dataset;
use tiexi_infographic::data::figures_in_text::figures_in_text;
use tiexi_infographic::data::format::{exact_value, indicator_value, parts_text, value_with_parts};
use tiexi_infographic::data::{Dataset, Lang, Localized, Precision, Qualifier, SourceKind};

fn dataset() -> Dataset {
    let checked = default_dataset();
    assert_eq!(checked.problems, vec![], "the default dataset has no errors and no warnings");
    checked.dataset.expect("valid")
}

fn sources() -> Value {
    let text = include_str!("../data/tiexi-2025.sources.json");
    serde_json::from_str(text).expect("the sources file is JSON")
}

fn list<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key].as_array().unwrap_or_else(|| panic!("sources file: `{key}` is a list"))
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("sources file: `{key}` is a string in {v}"))
}

fn qualifier_named(name: &str) -> Qualifier {
    Qualifier::ALL.iter().find(|(n, _)| *n == name).map(|(_, q)| *q).unwrap_or_else(|| panic!("{name}"))
}

#[test]
fn every_milestone_has_exactly_the_date_and_precision_of_its_source() {
    let (ds, src) = (dataset(), sources());
    let dates = list(&src, "dates");
    assert_eq!(ds.milestones.len(), dates.len(), "every milestone has a sourced date, and no more");
    for m in &ds.milestones {
        let entry = dates
            .iter()
            .find(|d| text(d, "milestone") == m.id)
            .unwrap_or_else(|| panic!("{} has no entry in the sources file", m.id));
        assert_eq!(m.date.to_string(), text(entry, "date"), "{}", m.id);
        let precision = match text(entry, "precision") {
            "year" => Precision::Year,
            "quarter" => Precision::Quarter,
            "month" => Precision::Month,
            "day" => Precision::Day,
            other => panic!("unknown precision {other}"),
        };
        assert_eq!(m.date.precision(), precision, "{}", m.id);
        let kind = if text(entry, "source") == "report" { SourceKind::Report } else { SourceKind::Article };
        assert!(m.source.iter().any(|s| s.kind == kind), "{} cites the {kind:?} that dates it", m.id);
    }
}

#[test]
fn undated_claims_stay_undated_or_year_only() {
    let (ds, src) = (dataset(), sources());
    for entry in list(&src, "undated") {
        if let Some(id) = entry["indicator"].as_str() {
            let ind = ds.indicators.iter().find(|i| i.id == id).expect("indicator exists");
            assert_eq!(ind.period, None, "{id} has no date in the sources");
            assert!(ds.milestones.iter().all(|m| m.id != id), "{id} is not on the timeline");
        }
        if let Some(id) = entry["milestone"].as_str() {
            let m = ds.milestones.iter().find(|m| m.id == id).expect("milestone exists");
            assert_eq!(m.date.precision(), Precision::Year, "{id}: the year only, never a guessed month");
        }
    }
}

#[test]
fn no_trap_from_the_sources_is_on_the_timeline() {
    let (ds, src) = (dataset(), sources());
    for trap in list(&src, "traps") {
        for word in list(trap, "words") {
            let word = word.as_str().expect("trap word").to_lowercase();
            for m in &ds.milestones {
                for lang in Lang::ALL {
                    let said = format!("{} {}", m.title.get(lang), m.description.get(lang)).to_lowercase();
                    assert!(!said.contains(&word), "{} mentions {word:?}: {}", m.id, text(trap, "what"));
                }
            }
        }
    }
}

#[test]
fn every_figure_carries_the_precision_its_source_gives() {
    let (ds, src) = (dataset(), sources());
    let figures = list(&src, "figures");
    for ind in &ds.indicators {
        let entry = figures
            .iter()
            .find(|f| f["indicator"] == ind.id.as_str() && f["part"].is_null() && f["reference"].is_null())
            .unwrap_or_else(|| panic!("{}: no figure in the sources file", ind.id));
        assert_eq!(entry["value"].as_f64(), Some(ind.value), "{}", ind.id);
        assert_eq!(ind.qualifier, qualifier_named(text(entry, "precision")), "{}", ind.id);
        for (i, part) in ind.parts.iter().enumerate() {
            let entry = figures
                .iter()
                .find(|f| f["indicator"] == ind.id.as_str() && f["part"].as_u64() == Some(i as u64))
                .unwrap_or_else(|| panic!("{} part {i}: no figure in the sources file", ind.id));
            assert_eq!(entry["value"].as_f64(), Some(part.value), "{} part {i}", ind.id);
            assert_eq!(part.qualifier, qualifier_named(text(entry, "precision")), "{} part {i}", ind.id);
        }
    }
}

/// The figures the sources allow the widget to show, with the scales the
/// languages write them in (60億 = 6 billion = 6 × 10⁹).
fn allowed_figures(src: &Value) -> Vec<f64> {
    let mut allowed: Vec<f64> = ["figures", "identifiers", "chart_scales", "derived"]
        .iter()
        .flat_map(|key| list(src, key).iter().filter_map(|f| f["value"].as_f64()))
        .collect();
    for d in list(src, "dates").iter().chain(list(src, "report_dates")) {
        allowed.extend(text(d, "date").split('-').filter_map(|p| p.parse::<f64>().ok()));
    }
    allowed
}

fn traceable(n: f64, allowed: &[f64]) -> bool {
    allowed
        .iter()
        .any(|&a| [1.0, 1e3, 1e4, 1e6, 1e8, 1e9].iter().any(|s| (n * s - a).abs() <= 1e-9 * a.abs().max(1.0)))
}

/// Every text of the dataset in one language, each with where it is.
fn texts(ds: &Dataset, lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut put = |at: String, t: &Localized| out.push((at, t.get(lang).to_owned()));
    put("meta.title".into(), &ds.meta.title);
    put("meta.subtitle".into(), &ds.meta.subtitle);
    for c in &ds.categories {
        put(format!("category {}", c.id), &c.name);
    }
    for i in &ds.indicators {
        put(format!("{} label", i.id), &i.label);
        put(format!("{} description", i.id), &i.description);
        put(format!("{} unit", i.id), &i.unit);
        for (n, p) in i.parts.iter().chain(&i.reference).enumerate() {
            put(format!("{} part {n}", i.id), &p.label);
        }
        for (n, s) in i.source.iter().enumerate() {
            put(format!("{} source {n}", i.id), &s.note);
        }
    }
    for m in &ds.milestones {
        put(format!("{} title", m.id), &m.title);
        put(format!("{} description", m.id), &m.description);
        for (n, s) in m.source.iter().enumerate() {
            put(format!("{} source {n}", m.id), &s.note);
        }
    }
    out
}

#[test]
fn every_number_shown_is_in_the_sources_file() {
    let (ds, src) = (dataset(), sources());
    let allowed = allowed_figures(&src);
    for lang in Lang::ALL {
        let mut shown = texts(&ds, lang);
        for i in &ds.indicators {
            shown.push((format!("{} figure", i.id), indicator_value(i, lang)));
            shown.push((format!("{} exact figure", i.id), value_with_parts(i, lang)));
        }
        for (at, t) in shown {
            for n in figures_in_text(&t) {
                assert!(traceable(n, &allowed), "{lang:?} {at}: {n} in {t:?} is not in the sources file");
            }
        }
    }
}

#[test]
fn translations_state_the_same_figures_and_dates_as_the_traditional_text() {
    let ds = dataset();
    let sorted = |t: &str| {
        let mut v = figures_in_text(t);
        v.sort_by(f64::total_cmp);
        v
    };
    let original = texts(&ds, Lang::ZhHant);
    for lang in [Lang::ZhHans, Lang::En] {
        for ((at, hant), (_, other)) in original.iter().zip(texts(&ds, lang)) {
            assert_eq!(
                sorted(&other),
                sorted(hant),
                "{lang:?} {at}: {other:?} does not state the figures of {hant:?}"
            );
        }
    }
}

#[test]
fn rounded_and_capped_figures_say_so_wherever_they_are_printed() {
    let ds = dataset();
    let order = ds.indicators.iter().find(|i| i.id == "3sbio-order").expect("3SBio");
    for (lang, about, ceiling) in [
        (Lang::ZhHant, "約", "最高48億美元"),
        (Lang::ZhHans, "约", "最高48亿美元"),
        (Lang::En, "about ", "up to US$4.8 billion"),
    ] {
        for shown in [indicator_value(order, lang), exact_value(order, lang), value_with_parts(order, lang)] {
            assert!(shown.starts_with(about), "{lang:?}: {shown:?}");
            assert!(!shown.contains("6,000,000,000"), "a rounded figure is never written to the last digit");
        }
        let parts = parts_text(order, lang).expect("the stack's parts");
        assert!(parts.contains(ceiling), "{lang:?}: {parts:?}");
        assert!(value_with_parts(order, lang).contains(ceiling), "{lang:?}");
    }
}

#[test]
fn a_sums_parts_are_one_line_in_the_languages_own_punctuation() {
    let ds = dataset();
    let order = ds.indicators.iter().find(|i| i.id == "3sbio-order").expect("3SBio");
    assert_eq!(
        parts_text(order, Lang::En).as_deref(),
        Some("US$1.25 billion up front; up to US$4.8 billion in milestone payments")
    );
    assert_eq!(parts_text(order, Lang::ZhHant).as_deref(), Some("首付款12.5億美元；里程碑付款最高48億美元"));
}

#[test]
fn the_article_figures_are_all_there() {
    let ds = dataset();
    let value = |id: &str| ds.indicators.iter().find(|i| i.id == id).map(|i| i.value);
    assert_eq!(value("gdp-streak"), Some(12.0));
    assert_eq!(value("3sbio-order"), Some(6e9));
    assert_eq!(value("life-city-area"), Some(6.2));
    assert_eq!(value("bmw-renewable"), Some(100.0));
    assert_eq!(value("life-city-partners"), Some(12.0));
    assert_eq!(value("hongmei-visitors"), Some(5e6));
    assert_eq!(value("lab-to-line"), Some(6.0));
    assert!(value("zero-carbon-park").is_some());
    assert!(ds.indicators.len() >= 8);
}

#[test]
fn the_wording_the_sources_require_is_kept_in_every_language() {
    let (ds, src) = (dataset(), sources());
    for rule in list(&src, "wording") {
        for id in list(rule, "items").iter().filter_map(Value::as_str) {
            let mut found = false;
            for lang in Lang::ALL {
                // Each short text stands alone (a title is read without its
                // description), so each must keep the wording by itself.
                let said: Vec<String> = ds
                    .indicators
                    .iter()
                    .filter(|i| i.id == id)
                    .flat_map(|i| [&i.label, &i.description])
                    .chain(
                        ds.milestones.iter().filter(|m| m.id == id).flat_map(|m| [&m.title, &m.description]),
                    )
                    .map(|t| t.get(lang).to_owned())
                    .collect();
                let units: Vec<String> = ds
                    .indicators
                    .iter()
                    .filter(|i| i.id == id)
                    .map(|i| i.unit.get(lang).to_owned())
                    .collect();
                found |= !said.is_empty();
                for s in &said {
                    if let Some(word) = rule["must"][lang.tag()].as_str() {
                        assert!(
                            s.contains(word),
                            "{id} ({lang:?}) {s:?} must say {word:?}: {}",
                            text(rule, "why")
                        );
                    }
                }
                for s in said.iter().chain(&units) {
                    if let Some(word) = rule["must_not"][lang.tag()].as_str() {
                        assert!(
                            !s.contains(word),
                            "{id} ({lang:?}) must not say {word:?}: {}",
                            text(rule, "why")
                        );
                    }
                }
            }
            assert!(found, "the wording rule names {id}, which the dataset lacks");
        }
    }
}

/// Characters whose Traditional and Simplified forms differ, as
/// (Traditional, Simplified) strings of equal length. Simplified forms that
/// are also ordinary Traditional characters (后, 于, 制, 沈, 游, 注…) are
/// left out; 云 stays in: in news text it is the Simplified "cloud" (雲),
/// as in the team name 南通支雲.
const SCRIPT_PAIRS: (&str, &str) = (
    "並來個備億優兩則創劃動務匯區協參單國園圖團報場奪學實寧寶將對屬廠從態應擊敗數時條業構橋權濟為熱營現環產發稱積節築簽約紅級給經綜綠維線總續與舊華萬藝藥處術衝裝規訂訊記設許認說證議變質購賽贏躋躍軌軍載輝輪轉這連進過遠選遺遼邊醫錄鍵鏈鐵長開間關陣陸陽隊際雲電頂項頭顯馬驅驗體齊龍",
    "并来个备亿优两则创划动务汇区协参单国园图团报场夺学实宁宝将对属厂从态应击败数时条业构桥权济为热营现环产发称积节筑签约红级给经综绿维线总续与旧华万艺药处术冲装规订讯记设许认说证议变质购赛赢跻跃轨军载辉轮转这连进过远选遗辽边医录键链铁长开间关阵陆阳队际云电顶项头显马驱验体齐龙",
);

#[test]
fn traditional_text_has_no_simplified_characters_and_the_reverse() {
    let ds = dataset();
    let (hant, hans) = SCRIPT_PAIRS;
    assert_eq!(hant.chars().count(), hans.chars().count(), "the pairs line up");
    for ((at, t), (_, s)) in texts(&ds, Lang::ZhHant).iter().zip(texts(&ds, Lang::ZhHans)) {
        for (form, text, foreign) in [("Traditional", t.as_str(), hans), ("Simplified", s.as_str(), hant)] {
            let stray: String = text.chars().filter(|c| foreign.contains(*c)).collect();
            assert!(
                stray.is_empty(),
                "{at}: the {form} text {text:?} has characters of the other script: {stray}"
            );
        }
    }
}

/// The text between `start` and `end` in `page`, markup removed.
fn prose_between(page: &str, start: &str, end: &str) -> String {
    let from = page.find(start).unwrap_or_else(|| panic!("the page has {start}"));
    let to = page[from..].find(end).map_or(page.len(), |n| from + n);
    let mut out = String::new();
    let mut in_tag = false;
    for c in page[from..to].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_demo_page_and_the_readme_example_state_only_sourced_figures() {
    let allowed = allowed_figures(&sources());
    for (page, prose) in [
        ("index.html", prose_between(include_str!("../index.html"), "<main", "</main>")),
        (
            "README.md",
            prose_between(include_str!("../README.md"), "<tiexi-infographic", "</tiexi-infographic>"),
        ),
    ] {
        for n in figures_in_text(&prose) {
            assert!(traceable(n, &allowed), "{page}: {n} is not in the sources file");
        }
        // The streak beats the national average, not the nation.
        for (i, _) in prose.match_indices("跑贏全國") {
            assert!(
                prose[i..].starts_with("跑贏全國平均"),
                "{page}: the streak is against the national average"
            );
        }
        assert!(
            !prose.contains("60億美元") || prose.contains("約60億美元"),
            "{page}: the deal is about US$6 bn"
        );
    }
}
