//! A date range gives the graph of the documents published in it, as if
//! only they had been stored: checked against a second database that holds
//! only those documents, written the way the pipeline writes; then through
//! the binary, on four invented articles of different dates.

mod common;

use common::fixture;
use common::{fails, ok, shanhai};
use serde_json::Value;
use shanhai::graph::{self, DateRange, KGraph, LoadOptions, Measure, Window};
use shanhai::model::{RelationKind, WindowCounts};
use shanhai::store::query::CorpusTotals;
use shanhai::store::Store;
use std::collections::BTreeMap;

/// 120 synthetic documents dated over 2024 (and a few undated ones).
fn corpus() -> (Vec<fixture::Ent>, Vec<fixture::Doc>) {
    let (e, mut d) = fixture::synthetic(120);
    for doc in d.iter_mut().skip(5).step_by(17) {
        doc.published = None;
    }
    (e, d)
}

fn store_of(dir: &std::path::Path, name: &str, docs: &[&fixture::Doc]) -> Store {
    let (e, all) = corpus();
    let mut store = Store::open(&dir.join(name)).unwrap();
    let picked: Vec<fixture::Doc> = all
        .into_iter()
        .filter(|d| docs.iter().any(|x| x.file_name == d.file_name))
        .collect();
    fixture::write(&mut store, &e, &picked).unwrap();
    store
}

type NodeKey = (String, String);
type EdgeKey = (&'static str, NodeKey, NodeKey);

/// A graph by names (ids differ between two databases): the totals, each
/// node's mentions and windows, each edge's windows, weight and evidence.
#[derive(Debug, PartialEq)]
struct Described {
    totals: CorpusTotals,
    nodes: BTreeMap<NodeKey, (i64, WindowCounts)>,
    edges: BTreeMap<EdgeKey, (WindowCounts, String, Option<i64>)>,
}

fn describe(kg: &KGraph) -> Described {
    let key = |id: i64| {
        let n = kg.node(id).unwrap();
        (n.etype.to_string(), n.name.clone())
    };
    let mut edges = BTreeMap::new();
    for e in kg.g.edge_weights() {
        let (mut a, mut b) = (key(e.source), key(e.target));
        if e.kind == RelationKind::Cooccurs && b < a {
            std::mem::swap(&mut a, &mut b);
        }
        // Weights to 9 digits: the same formula on the same counts.
        let w = format!("{:.9}", e.weight);
        assert!(
            edges
                .insert((e.kind.as_str(), a, b), (e.counts, w, e.evidence))
                .is_none(),
            "one edge per kind and pair"
        );
    }
    Described {
        totals: kg.totals,
        nodes: kg
            .g
            .node_weights()
            .map(|n| {
                (
                    (n.etype.to_string(), n.name.clone()),
                    (n.mentions, n.counts),
                )
            })
            .collect(),
        edges,
    }
}

fn range(since: Option<&str>, until: Option<&str>) -> DateRange {
    DateRange::new(since.map(String::from), until.map(String::from))
}

fn options() -> Vec<LoadOptions> {
    vec![
        LoadOptions::default(),
        LoadOptions {
            window: Window::Paragraph,
            measure: Measure::Npmi,
            ..LoadOptions::default()
        },
        LoadOptions {
            window: Window::Document,
            measure: Measure::Association,
            min_weight: Some(0.01),
            ..LoadOptions::default()
        },
    ]
}

#[test]
fn a_range_is_the_graph_of_its_documents_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (_, docs) = corpus();
    let all: Vec<&fixture::Doc> = docs.iter().collect();
    let full = store_of(dir.path(), "full.db", &all);
    // Pairs checked: [without a path or 1 hop, with 2 hops or more].
    let mut found = [0; 2];
    for (i, r) in [
        range(Some("2024-03"), Some("2024-06")),
        range(Some("2024-10-15"), None),
        range(None, Some("2024-02")),
        range(Some("2024-07-07"), Some("2024-07-07")),
    ]
    .iter()
    .enumerate()
    {
        let inside: Vec<&fixture::Doc> = docs
            .iter()
            .filter(|d| r.contains(d.published.as_deref()))
            .collect();
        assert!(!inside.is_empty() && inside.len() < docs.len() - 10);
        let part = store_of(dir.path(), &format!("part{i}.db"), &inside);
        for opts in options() {
            let mut dated = KGraph::load_all_in(&full, opts, r).unwrap();
            let mut alone = KGraph::load_all(&part, opts).unwrap();
            dated.load_evidence_counts(&full).unwrap();
            alone.load_evidence_counts(&part).unwrap();
            assert_eq!(describe(&dated), describe(&alone), "{r:?} {opts:?}");
            assert!(dated.g.edge_count() > 0);
            // Ego networks and neighbours, cut from the dated graph.
            let mut centers: Vec<i64> = alone.index.keys().copied().collect();
            centers.sort_unstable();
            for &c in centers.iter().step_by(7) {
                let n = alone.node(c).unwrap();
                let f = graph::resolve(&full, &n.name, Some(n.etype)).unwrap();
                for (depth, close) in [(1, false), (2, true)] {
                    let ego_d = KGraph::load_ego_in(&full, f.id, depth, opts, close, r).unwrap();
                    let ego_a = KGraph::load_ego(&part, c, depth, opts, close).unwrap();
                    assert_eq!(describe(&ego_d).nodes, describe(&ego_a).nodes);
                    assert_eq!(describe(&ego_d).edges, describe(&ego_a).edges);
                    // Sorted: ties are broken by id, which differs.
                    let names = |kg: &KGraph, id: i64| {
                        let mut v: Vec<_> = graph::neighbors(kg, id, depth, None)
                            .into_iter()
                            .map(|n| (n.name, n.depth, n.kind, format!("{:.9}", n.weight)))
                            .collect();
                        v.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)));
                        v
                    };
                    assert_eq!(names(&ego_d, f.id), names(&ego_a, c));
                }
            }
            // Shortest paths: the same number of hops, or none in both.
            for (x, &a) in centers.iter().enumerate().step_by(5) {
                for &b in centers.iter().skip(x + 1).step_by(9) {
                    let (na, nb) = (alone.node(a).unwrap(), alone.node(b).unwrap());
                    let fa = graph::resolve(&full, &na.name, Some(na.etype)).unwrap();
                    let fb = graph::resolve(&full, &nb.name, Some(nb.etype)).unwrap();
                    let got = graph::shortest_path(&full, &fa, &fb, opts, 4, false, r)
                        .map(|h| h.len())
                        .ok();
                    let want =
                        graph::shortest_path(&part, na, nb, opts, 4, false, &DateRange::default())
                            .map(|h| h.len())
                            .ok();
                    assert_eq!(got, want, "{} → {} in {r:?}", na.name, nb.name);
                    found[usize::from(got.is_some_and(|h| h > 1))] += 1;
                }
            }
        }
    }
    assert!(found[0] >= 10 && found[1] >= 10, "{found:?}");
}

#[test]
fn a_range_holding_every_document_gives_the_stored_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (e, mut docs) = fixture::synthetic(60);
    docs.truncate(60);
    let mut store = Store::open(&dir.path().join("s.db")).unwrap();
    fixture::write(&mut store, &e, &docs).unwrap();
    let every = range(Some("2024"), Some("2024-12-31"));
    for opts in options() {
        let stored = KGraph::load_all(&store, opts).unwrap();
        let dated = KGraph::load_all_in(&store, opts, &every).unwrap();
        assert_eq!(describe(&dated), describe(&stored));
        // The same relations, by id, in the same order.
        let ids = |kg: &KGraph| {
            kg.g.edge_weights()
                .map(|e| e.relation_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&dated), ids(&stored));
    }
    // Without a bound, nothing is recounted: the plain loaders answer.
    let opts = LoadOptions::default();
    assert_eq!(
        describe(&KGraph::load_all_in(&store, opts, &DateRange::default()).unwrap()),
        describe(&KGraph::load_all(&store, opts).unwrap())
    );
}

#[test]
fn undated_documents_lie_in_no_bounded_range() {
    let r = range(Some("2024-03"), None);
    assert!(r.contains(Some("2024-03-01 08:00:00")));
    assert!(!r.contains(Some("2024-02-29")));
    assert!(!r.contains(None));
    assert!(DateRange::default().contains(None));
    let r = range(None, Some("2024-02"));
    assert!(r.contains(Some("2024-02-29 23:59:59")));
    assert!(!r.contains(Some("2024-03-01")));
    assert!(!r.contains(None));
}

/// Four invented articles: 2023-03, 2023-09, 2024-05 and one undated.
fn dated_db() -> common::Db {
    use fixture::{doc, ent};
    use shanhai::model::EntityType::*;
    let entities = vec![
        ent(Region, "翠澜市", &[]),
        ent(County, "星溪县", &["星溪"]).parent("翠澜市"),
        ent(County, "雾岙县", &["雾岙"]).parent("翠澜市"),
        ent(Firm, "鲸帆储能有限公司", &["鲸帆储能"]),
        ent(Firm, "岚曜材料股份有限公司", &["岚曜材料"]),
        ent(Park, "星溪智造园区", &[]).county("星溪县"),
        ent(Platform, "翠澜氢能协同平台", &[]),
        ent(Institution, "澜湾研究院", &[]),
    ];
    let docs = vec![
        doc(
            "2023-03-01_星溪.txt",
            Some("2023-03-01"),
            &[
                &[
                    "鲸帆储能有限公司在星溪智造园区投资建设储能项目。",
                    "星溪县表示将全力支持鲸帆储能。",
                ],
                &["鲸帆储能与澜湾研究院签署合作协议。"],
            ],
        ),
        doc(
            "2023-09-15_雾岙.txt",
            Some("2023-09-15 10:00:00"),
            &[
                &[
                    "鲸帆储能在星溪县追加投资。",
                    "岚曜材料股份有限公司落户雾岙县。",
                ],
                &["岚曜材料将为鲸帆储能供应材料。"],
            ],
        ),
        doc(
            "2024-05-20_协同.txt",
            Some("2024-05-20"),
            &[
                &["雾岙县与星溪县共建翠澜氢能协同平台。"],
                &["岚曜材料加入翠澜氢能协同平台。"],
            ],
        ),
        doc("无日期.txt", None, &[&["鲸帆储能与雾岙县签署战略协议。"]]),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dated.db");
    let mut store = Store::open(&path).unwrap();
    fixture::write(&mut store, &entities, &docs).unwrap();
    common::Db { dir, path }
}

fn json(db: &std::path::Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-f", "json"]);
    serde_json::from_str(&ok(db, &a)).expect("json output")
}

/// name → row of `neighbors … -f json`.
fn neighbors(db: &std::path::Path, args: &[&str]) -> BTreeMap<String, Value> {
    let mut a = vec!["neighbors"];
    a.extend(args);
    json(db, &a)["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

fn names(rows: &BTreeMap<String, Value>) -> Vec<&str> {
    rows.keys().map(String::as_str).collect()
}

#[test]
fn neighbors_and_why_recount_the_documents_of_the_range() {
    let db = dated_db();
    let db = db.path.as_path();
    let all = neighbors(db, &["鲸帆储能"]);
    assert_eq!(
        names(&all),
        [
            "岚曜材料股份有限公司",
            "星溪县",
            "星溪智造园区",
            "澜湾研究院",
            "雾岙县"
        ]
    );
    assert_eq!(all["星溪县"]["count"], 2);
    // Before the September article: its neighbour is gone, a count drops,
    // the undated article's neighbour too.
    let early = neighbors(db, &["鲸帆储能", "--until", "2023-06"]);
    assert_eq!(names(&early), ["星溪县", "星溪智造园区", "澜湾研究院"]);
    assert_eq!(early["星溪县"]["count"], 1);
    assert_eq!(early["星溪县"]["evidence"], 1);
    let later = neighbors(db, &["鲸帆储能", "--since", "2023-06"]);
    assert_eq!(names(&later), ["岚曜材料股份有限公司", "星溪县"]);
    // A whole month as the upper bound takes in its last days and times.
    let sept = neighbors(
        db,
        &["鲸帆储能", "--since", "2023-09", "--until", "2023-09"],
    );
    assert_eq!(names(&sept), names(&later));
    // The hierarchy is not dated: it stays for an entity of the range.
    let up = neighbors(
        db,
        &["星溪县", "--relation", "hierarchy", "--until", "2023-06"],
    );
    assert_eq!(names(&up), ["星溪智造园区", "翠澜市"]);
    // Measures use the counts of the range: association = c/(ni·nj) over
    // sentences, 鲸帆储能 in 3 sentences and 星溪县 in 1 before June.
    let w = neighbors(
        db,
        &["鲸帆储能", "--until", "2023-06", "--measure", "association"],
    );
    let got = w["星溪县"]["weight"].as_f64().unwrap();
    assert!((got - 1.0 / 3.0).abs() < 1e-9, "{got}");
    // An entity no article of the range names: nothing, said on stderr.
    let o = shanhai(db, &["neighbors", "岚曜材料", "--until", "2023-06"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(common::stderr(&o).contains("not named in any document published until 2023-06"));
    // why: the counts of the range, evidence of the range only.
    let v = json(db, &["why", "鲸帆储能", "星溪县"]);
    assert_eq!(
        v["relations"][0]["counts"],
        serde_json::json!({"sentence": 2, "paragraph": 2, "document": 2})
    );
    let v = json(db, &["why", "鲸帆储能", "星溪县", "--until", "2023-06"]);
    assert_eq!(
        v["relations"][0]["counts"],
        serde_json::json!({"sentence": 1, "paragraph": 1, "document": 1})
    );
    assert_eq!(v["relations"][0]["evidence_count"], 1);
    assert_eq!(v["until"], "2023-06");
    // Sharing only a paragraph in the range: the relation stays, with no
    // sentence; the undated article's sentence is left out.
    let v = json(db, &["why", "鲸帆储能", "雾岙县", "--since", "2023"]);
    assert_eq!(
        v["relations"][0]["counts"],
        serde_json::json!({"sentence": 0, "paragraph": 1, "document": 1})
    );
    assert_eq!(v["relations"][0]["evidence_count"], 0);
    let o = shanhai(db, &["why", "鲸帆储能", "岚曜材料", "--until", "2023-06"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn path_top_and_communities_in_a_range() {
    let db = dated_db();
    let db = db.path.as_path();
    let hops = |args: &[&str]| -> Vec<(String, Option<String>)> {
        let mut a = vec!["path", "澜湾研究院", "雾岙县", "--via", "cooccurrence"];
        a.extend(args);
        json(db, &a)["path"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["to"]["name"].as_str().unwrap().to_string(),
                    h["evidence"][0]["published"].as_str().map(String::from),
                )
            })
            .collect()
    };
    // Two hops through the undated article; without it, three.
    assert_eq!(hops(&[]).len(), 2);
    let dated = hops(&["--since", "2023"]);
    assert_eq!(dated.len(), 3, "{dated:?}");
    assert!(dated.iter().all(|(_, p)| p.as_deref() >= Some("2023")));
    assert_eq!(dated.last().unwrap().0, "雾岙县");
    // A path that needs a later article is not found before it.
    let o = shanhai(db, &["path", "澜湾研究院", "雾岙县", "--until", "2023-06"]);
    assert_eq!(o.status.code(), Some(1));
    let err = common::stderr(&o);
    assert!(
        err.contains("no path") && err.contains("published until 2023-06"),
        "{err}"
    );
    // top: the 2024 article alone.
    let top = |args: &[&str]| -> Vec<(String, i64)> {
        let mut a = vec!["top", "--by", "degree"];
        a.extend(args);
        json(db, &a)["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["name"].as_str().unwrap().to_string(),
                    r["degree"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(top(&[])[0], ("鲸帆储能有限公司".to_string(), 5));
    let late = top(&["--since", "2024"]);
    assert_eq!(late[0], ("翠澜氢能协同平台".to_string(), 3));
    assert!(
        late.iter().all(|(n, _)| n != "鲸帆储能有限公司"),
        "{late:?}"
    );
    let o = shanhai(db, &["top", "--since", "2025"]);
    assert_eq!(o.status.code(), Some(1), "nothing in the range");
    // communities: only entities of the range.
    let v = json(db, &["communities", "--since", "2024"]);
    let members: Vec<&str> = v["communities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["members"].as_array().unwrap())
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert!(members.contains(&"翠澜氢能协同平台"), "{members:?}");
    assert!(!members.contains(&"鲸帆储能有限公司"), "{members:?}");
    assert!(!members.contains(&"澜湾研究院"), "{members:?}");
}

#[test]
fn exports_omit_what_the_range_does_not_hold() {
    let db = dated_db();
    let path = db.path.as_path();
    let out = |name: &str| db.dir.path().join(name);
    for format in ["graphml", "gexf", "cytoscape", "dot"] {
        let whole = ok(path, &["export", format]);
        assert!(whole.contains("岚曜材料股份有限公司"), "{format}");
        let early = ok(path, &["export", format, "--until", "2023-06"]);
        assert!(early.contains("鲸帆储能有限公司"), "{format}: {early}");
        assert!(early.contains("星溪智造园区"), "{format}");
        for gone in ["岚曜材料股份有限公司", "雾岙县", "翠澜氢能协同平台"] {
            assert!(!early.contains(gone), "{format} keeps {gone}: {early}");
        }
    }
    // Cytoscape: one edge per pair, counts of the range.
    let v: Value =
        serde_json::from_str(&ok(path, &["export", "cytoscape", "--until", "2023-06"])).unwrap();
    let nodes: BTreeMap<String, String> = v["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["data"]["id"].as_str().unwrap().to_string(),
                n["data"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let edge = v["elements"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            let mut ends = [
                nodes[e["data"]["source"].as_str().unwrap()].as_str(),
                nodes[e["data"]["target"].as_str().unwrap()].as_str(),
            ];
            ends.sort_unstable();
            ends == ["星溪县", "鲸帆储能有限公司"]
        })
        .expect("the pair's edge");
    assert_eq!(edge["data"]["sentence_count"], 1, "{edge}");
    assert_eq!(edge["data"]["evidence_count"], 1, "{edge}");
    // An ego drawing and the Neo4j files too.
    let dot = ok(
        path,
        &[
            "export",
            "dot",
            "--center",
            "鲸帆储能",
            "--since",
            "2023-06",
        ],
    );
    assert!(
        dot.contains("岚曜材料股份有限公司") && !dot.contains("澜湾研究院"),
        "{dot}"
    );
    let neo = out("neo");
    ok(
        path,
        &[
            "export",
            "neo4j",
            "--until",
            "2023-06",
            "-o",
            neo.to_str().unwrap(),
        ],
    );
    let nodes = std::fs::read_to_string(neo.join("nodes.csv")).unwrap();
    assert!(
        nodes.contains("澜湾研究院") && !nodes.contains("岚曜材料"),
        "{nodes}"
    );
    // Mentions: the documents of the range.
    let lines = ok(path, &["export", "mentions", "--since", "2024"]);
    let docs: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc"], "2024-05-20_协同.txt");
    assert_eq!(ok(path, &["export", "mentions"]).lines().count(), 4);
}

#[test]
fn a_bad_date_or_an_empty_range_is_a_usage_error() {
    let db = dated_db();
    let db = db.path.as_path();
    for args in [
        &["neighbors", "鲸帆储能", "--since", "2023-13"][..],
        &["path", "澜湾研究院", "雾岙县", "--until", "yesterday"],
        &["top", "--since", "23-01-01"],
        &["communities", "--until", "2023-1"],
        &["export", "graphml", "--since", "2023-02-32"],
        &["why", "鲸帆储能", "星溪县", "--since", "soon"],
    ] {
        let o = shanhai(db, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = common::stderr(&o);
        assert!(
            err.contains("is not a date") && err.contains("YYYY-MM-DD"),
            "{err}"
        );
    }
    // Every command with a range refuses one that holds no document.
    for command in [
        &["top"][..],
        &["search", "储能"],
        &["entities"],
        &["export", "mentions"],
    ] {
        let args: Vec<&str> = [command, &["--since", "2024", "--until", "2023-12"][..]].concat();
        let err = fails(db, &args);
        assert!(
            err.contains("--since 2024 comes after --until 2023-12"),
            "{args:?}: {err}"
        );
    }
    let o = shanhai(
        db,
        &[
            "neighbors",
            "鲸帆储能",
            "--since",
            "2024",
            "--until",
            "2023",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
}

/// A document longer than `WINDOW_WHOLE_CHARS` is counted in sections, and
/// a range recounts it with the same sections: a range holding it gives
/// back the stored figures.
#[test]
fn a_range_recounts_a_long_document_in_its_sections() {
    let dir = tempfile::tempdir().unwrap();
    let (mut e, docs) = fixture::synthetic(120);
    // Two firms named only at the two ends of the long document: they
    // share its document window only if it is counted whole.
    let (first, last) = ("青禾示例材料有限公司", "远山示例装备有限公司");
    e.push(fixture::ent(shanhai::model::EntityType::Firm, first, &[]));
    e.push(fixture::ent(shanhai::model::EntityType::Firm, last, &[]));
    let mut paragraphs = vec![vec![format!("{first}在此投产。")]];
    paragraphs.extend(docs.iter().flat_map(|d| d.paragraphs.clone()));
    paragraphs.push(vec![format!("{last}在此签约。")]);
    let long = fixture::Doc {
        file_name: "long.txt".into(),
        published: Some("2024-06-01".into()),
        paragraphs,
    };
    let chars: usize = long
        .paragraphs
        .iter()
        .flatten()
        .map(|s| s.chars().count())
        .sum();
    assert!(chars > shanhai::store::WINDOW_WHOLE_CHARS, "{chars}");
    // …and one short document where they do share one.
    let both = fixture::doc(
        "both.txt",
        Some("2024-07-01"),
        &[&[&format!("{first}与{last}签署合作协议。")]],
    );
    let mut written = vec![long, both];
    written.extend(docs.into_iter().take(20));
    let mut store = Store::open(&dir.path().join("s.db")).unwrap();
    fixture::write(&mut store, &e, &written).unwrap();
    let every = range(Some("2024"), Some("2024-12-31"));
    for opts in options() {
        let stored = KGraph::load_all(&store, opts).unwrap();
        let dated = KGraph::load_all_in(&store, opts, &every).unwrap();
        let described = describe(&dated);
        assert_eq!(described, describe(&stored));
        // Their one shared document is the short one.
        let shared: Vec<i64> = described
            .edges
            .iter()
            .filter(|((_, a, b), _)| {
                let ends = [a.1.as_str(), b.1.as_str()];
                ends == [first, last] || ends == [last, first]
            })
            .map(|(_, (counts, _, _))| counts.document)
            .collect();
        assert_eq!(shared, vec![1]);
    }
}
