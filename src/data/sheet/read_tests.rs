use super::*;
use crate::data::problem::ProblemKind;

/// The dataset a sheet completes: a title, an author, a period and two
/// categories, as the editor's empty template gives them.
fn base() -> Value {
    serde_json::json!({
        "version": 1,
        "meta": {
            "title": { "zh-Hant": "示例", "zh-Hans": "示例", "en": "Example" },
            "source": { "author": { "zh-Hant": "記者", "zh-Hans": "记者", "en": "Reporter" } },
            "default_language": "en",
            "period": "2025"
        },
        "categories": [
            { "id": "city", "color": "red", "name": { "zh-Hant": "城市", "zh-Hans": "城市", "en": "City" } },
            { "id": "industry", "color": "blue", "name": { "zh-Hant": "產業", "zh-Hans": "产业", "en": "Industry" } }
        ],
        "indicators": [],
        "milestones": []
    })
}

const MILESTONES: &str = "id\tdate\tcategory\ttitle en\tdescription en\tsource 1 kind\tsource 1 note en\n\
    opening\t2025-10\tcity\tOpening\tThe park opens.\tarticle\tThe article\n\
    plan\t2025-08/2025-09\tindustry\tPlan\tA plan.\treport\tA report\n";

fn messages(outcome: &SheetOutcome) -> Vec<String> {
    outcome.errors().map(|p| p.message(Lang::En)).collect()
}

#[test]
fn a_clean_paste_becomes_a_valid_dataset_and_its_json() {
    let outcome = read_sheets(&base(), Some(MILESTONES), None);
    assert_eq!(messages(&outcome), Vec::<String>::new());
    let ds = outcome.dataset.expect("dataset");
    assert_eq!(ds.milestones.len(), 2);
    assert_eq!(ds.milestones[0].id, "plan");
    assert_eq!(ds.milestones[1].date.to_string(), "2025-10");
    // The JSON is what was validated: the widget accepts it as it is.
    assert!(crate::data::parse_dataset(outcome.json.as_bytes()).dataset.is_some());
}

#[test]
fn each_mistake_is_shown_at_its_cell() {
    let sheet = MILESTONES.replace("2025-10\tcity", "2025-13\tcity").replace("\tindustry\t", "\tindustri\t");
    let outcome = read_sheets(&base(), Some(&sheet), None);
    assert!(outcome.dataset.is_none());
    let cells: Vec<(usize, Option<usize>, Option<String>)> = outcome
        .errors()
        .map(|p| match &p.place {
            Place::Cell(c) => (c.row, c.index, c.header.clone()),
            Place::Json(path) => panic!("not at a cell: {path}"),
        })
        .collect();
    assert_eq!(cells, [(2, Some(1), Some("date".into())), (3, Some(2), Some("category".into()))]);
    assert_eq!(
        messages(&outcome),
        [
            "Milestones!B2 (date): expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (or start/end), got \"2025-13\"",
            "Milestones!C3 (category): no category has the id \"industri\"",
        ]
    );
}

#[test]
fn a_missing_column_is_named_though_the_sheet_lacks_it() {
    let sheet =
        "id\tdate\tcategory\ttitle en\tsource 1 kind\tsource 1 note en\nx\t2025\tcity\tX\tarticle\tA\n";
    let outcome = read_sheets(&base(), Some(sheet), None);
    let problem = outcome.errors().next().expect("an error");
    assert_eq!(problem.message(Lang::En), "Milestones!2 (description en): required field is missing");
}

#[test]
fn headers_that_do_not_belong_are_reported_and_their_cells_not_read() {
    let sheet = "id\tdate\tdate\tcategory\ttitel en\t\n\
        x\t2025\t2024\tcity\tX\tstray\n";
    let outcome = read_sheets(&base(), Some(sheet), None);
    let kinds: Vec<&SheetProblemKind> = outcome.errors().map(|p| &p.kind).collect();
    assert!(matches!(kinds[0], SheetProblemKind::DuplicateColumn { first, .. } if first == "B1"));
    assert!(matches!(kinds[1], SheetProblemKind::UnknownColumn { header } if header == "titel en"));
    assert_eq!(kinds[2], &SheetProblemKind::UnnamedColumn);
    // The repeated column's 2024 was not read: no date problem.
    assert!(!kinds.iter().any(|k| matches!(k, SheetProblemKind::Data(ProblemKind::DateOutOfRange { .. }))));
}

#[test]
fn numbers_read_as_spreadsheets_show_them() {
    assert_eq!(number_or_text("12"), Value::from(12));
    assert_eq!(number_or_text("6,000,000,000"), Value::from(6_000_000_000_i64));
    assert_eq!(number_or_text("6.2"), serde_json::json!(6.2));
    assert_eq!(number_or_text("-1"), Value::from(-1));
    for text in ["62%", "1,00", "1e5", "inf", "NaN", "12.", ".5", "1 000", "+3"] {
        assert_eq!(number_or_text(text), Value::String(text.into()), "{text}");
    }
}

#[test]
fn text_instead_of_a_number_is_reported_at_its_cell() {
    let sheet = "id\tcategory\tchart\tvalue\tlabel en\tdescription en\tsource 1 kind\tsource 1 note en\n\
        share\tcity\tring\t62%\tshare\tA share.\tarticle\tA\n";
    let outcome = read_sheets(&base(), None, Some(sheet));
    assert_eq!(messages(&outcome), ["Indicators!D2 (value): expected a number"]);
}

#[test]
fn groups_left_empty_keep_their_numbers_in_messages() {
    let sheet = "id\tdate\tcategory\ttitle en\tdescription en\tsource 1 kind\tsource 2 kind\tsource 2 note en\tsource 2 url\n\
        x\t2025\tcity\tX\tY\t\treport\tA report\tftp://x\n";
    let outcome = read_sheets(&base(), Some(sheet), None);
    assert_eq!(messages(&outcome).len(), 1);
    assert!(messages(&outcome)[0].starts_with("Milestones!I2 (source 2 url): expected an http"));
}

#[test]
fn links_duplicates_and_translations_are_located() {
    let sheet = "id\tdate\tcategory\ttitle en\ttitle zh-Hant\tdescription en\tindicators\tsource 1 kind\tsource 1 note en\n\
        a\t2025\tcity\tA\t甲\tD\tnone、other\tarticle\tN\n\
        a\t2025\tcity\tB\t\tD\t\tarticle\tN\n";
    let outcome = read_sheets(&base(), Some(sheet), None);
    let all: Vec<String> = outcome.problems.iter().map(|p| p.message(Lang::En)).collect();
    assert!(all.contains(&"Milestones!A3 (id): id \"a\" is already used at A2".to_owned()), "{all:?}");
    assert!(
        all.contains(&"Milestones!G2 (indicators): no indicator has the id \"none\"".to_owned()),
        "{all:?}"
    );
    assert!(
        all.contains(&"Milestones!G2 (indicators): no indicator has the id \"other\"".to_owned()),
        "{all:?}"
    );
    assert!(all
        .contains(&"Milestones!E3 (title zh-Hant): no zh-Hant text; showing the en text instead".to_owned()));
    assert!(all.iter().any(|m| m.starts_with("Milestones!3 (title zh-Hans): no zh-Hans text")), "{all:?}");
}

#[test]
fn an_id_with_a_link_separator_is_refused() {
    let sheet = MILESTONES.replace("opening\t", "open, now\t");
    let outcome = read_sheets(&base(), Some(&sheet), None);
    assert!(outcome.dataset.is_none());
    assert_eq!(
        messages(&outcome),
        ["Milestones!A2 (id): an id in a sheet cannot contain \",\": it separates the ids in a links column"]
    );
}

#[test]
fn problems_outside_the_sheets_keep_their_json_path() {
    let mut base = base();
    base["categories"][0]["color"] = "pink".into();
    let outcome = read_sheets(&base, Some(MILESTONES), None);
    let places: Vec<&Place> = outcome.errors().map(|p| &p.place).collect();
    assert_eq!(places[0], &Place::Json("$.categories[0].color".into()));
}

#[test]
fn too_many_rows_are_counted_not_read() {
    let header = "id\tcategory\tchart\tvalue\n";
    let sheet = header.to_owned() + &"x\tcity\tring\t1\n".repeat(limits::MAX_INDICATORS + 5);
    let outcome = read_sheets(&base(), None, Some(&sheet));
    let first = outcome.errors().next().expect("an error");
    assert_eq!(first.kind, SheetProblemKind::TooManyRows { count: limits::MAX_INDICATORS + 5, limit: 100 });
    // Every problem list stays within its cap whatever the sheet holds.
    assert!(outcome.problems.len() <= 2 * limits::MAX_PROBLEMS + 2);
}

#[test]
fn an_oversized_sheet_is_refused_before_it_is_split() {
    let sheet = "x".repeat(limits::MAX_BYTES + 1);
    let outcome = read_sheets(&base(), Some(&sheet), None);
    assert!(matches!(outcome.problems[0].kind, SheetProblemKind::SheetTooLarge { .. }));
    assert!(outcome.dataset.is_none());
}

#[test]
fn problems_past_the_cap_are_counted_in_one_more() {
    let headers: Vec<String> = (0..150).map(|i| format!("typo {i}")).collect();
    let sheet = headers.join("\t") + "\n";
    let outcome = read_sheets(&base(), Some(&sheet), None);
    assert_eq!(outcome.problems.len(), limits::MAX_PROBLEMS + 1);
    let last = outcome.problems.last().map(|p| p.message(Lang::En));
    assert_eq!(
        last.as_deref(),
        Some("$: 50 more problems (50 of them errors) not listed; fix the ones above and check again")
    );
    assert!(outcome.dataset.is_none());
}
