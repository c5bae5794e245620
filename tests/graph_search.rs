//! The SQL-driven searches (ego networks, bidirectional BFS with index
//! probes) against brute force over the whole graph loaded in petgraph.

mod common;

use common::fixture;
use petgraph::visit::EdgeRef;
use shanhai::graph::{self, DateRange, KGraph, LoadOptions, Measure, Window};
use shanhai::model::RelationKind;
use shanhai::store::Store;
use std::collections::{HashMap, VecDeque};

fn synthetic_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store = Store::open(&path).unwrap();
    let (e, d) = fixture::synthetic(80);
    fixture::write(&mut store, &e, &d).unwrap();
    (dir, store)
}

/// Hop distances from `from` over co-occurrence edges of the whole graph.
fn bfs(kg: &KGraph, from: i64) -> HashMap<i64, usize> {
    let mut dist = HashMap::from([(from, 0)]);
    let mut q = VecDeque::from([kg.index[&from]]);
    while let Some(u) = q.pop_front() {
        let d = dist[&kg.g[u].id];
        for e in kg.g.edges(u) {
            if e.weight().kind != RelationKind::Cooccurs {
                continue;
            }
            let v = if e.source() == u {
                e.target()
            } else {
                e.source()
            };
            if let std::collections::hash_map::Entry::Vacant(x) = dist.entry(kg.g[v].id) {
                x.insert(d + 1);
                q.push_back(v);
            }
        }
    }
    dist
}

#[test]
fn shortest_paths_match_brute_force() {
    let (_dir, store) = synthetic_store();
    for opts in [
        LoadOptions {
            located_in: false,
            ..LoadOptions::default()
        },
        LoadOptions {
            window: Window::Sentence,
            measure: Measure::Count,
            min_weight: Some(2.0),
            located_in: false,
            cooccurs: true,
        },
        LoadOptions {
            window: Window::Document,
            measure: Measure::Jaccard,
            min_weight: Some(0.2),
            located_in: false,
            cooccurs: true,
        },
    ] {
        let all = KGraph::load_all(
            &store,
            LoadOptions {
                located_in: false,
                ..opts
            },
        )
        .unwrap();
        let mut ids: Vec<i64> = all.index.keys().copied().collect();
        ids.sort_unstable();
        let mut checked = 0;
        for (i, &a) in ids.iter().enumerate().step_by(3) {
            let dist = bfs(&all, a);
            for &b in ids.iter().skip(i + 1).step_by(5) {
                let (na, nb) = (all.node(a).unwrap(), all.node(b).unwrap());
                let got =
                    graph::shortest_path(&store, na, nb, opts, 100, false, &DateRange::default());
                match dist.get(&b) {
                    Some(&d) => {
                        let hops = got.unwrap_or_else(|e| panic!("{a}->{b} ({d} hops): {e}"));
                        assert_eq!(hops.len(), d, "{a} -> {b} under {opts:?}");
                        // A real chain of edges from a to b.
                        assert_eq!(hops[0].from.id, a);
                        assert_eq!(hops.last().unwrap().to.id, b);
                        for w in hops.windows(2) {
                            assert_eq!(w[0].to.id, w[1].from.id);
                        }
                        for h in &hops {
                            if let Some(min) = opts.min_weight {
                                assert!(h.edge.weight >= min);
                            }
                        }
                        checked += 1;
                    }
                    None => assert!(got.is_err(), "{a} -> {b} should have no path"),
                }
            }
        }
        assert!(checked > 50, "{checked}");
    }
}

#[test]
fn ego_networks_match_brute_force() {
    let (_dir, store) = synthetic_store();
    let opts = LoadOptions {
        located_in: false,
        ..LoadOptions::default()
    };
    let all = KGraph::load_all(&store, opts).unwrap();
    let mut ids: Vec<i64> = all.index.keys().copied().collect();
    ids.sort_unstable();
    for &c in ids.iter().step_by(4) {
        let dist = bfs(&all, c);
        for depth in 1..=2 {
            let ego = KGraph::load_ego(&store, c, depth, opts, true).unwrap();
            let mut want: Vec<i64> = dist
                .iter()
                .filter(|(_, &d)| d <= depth)
                .map(|(&id, _)| id)
                .collect();
            want.sort_unstable();
            let mut got: Vec<i64> = ego.index.keys().copied().collect();
            got.sort_unstable();
            assert_eq!(got, want, "ego of {c} at depth {depth}");
            // Closed: every edge of the full graph among these nodes.
            let inside = |id: i64| ego.index.contains_key(&id);
            let want_edges = all
                .g
                .edge_weights()
                .filter(|e| inside(e.source) && inside(e.target))
                .count();
            assert_eq!(ego.g.edge_count(), want_edges, "edges of ego {c}");
            let n = graph::neighbors(&ego, c, depth, None);
            assert_eq!(n.len(), want.len() - 1);
            for row in n {
                assert_eq!(row.depth, dist[&row.id]);
            }
        }
    }
}
