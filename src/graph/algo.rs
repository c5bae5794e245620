//! Rankings and communities over a loaded `KGraph`. Deterministic: nodes
//! are visited in entity-id order and ties break on the id.

use super::KGraph;
use crate::model::RelationKind;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap, VecDeque};

/// Co-occurrence edges of a node, as (neighbor, weight), skipping
/// self-loops and located_in.
fn co_edges(kg: &KGraph, u: NodeIndex) -> impl Iterator<Item = (NodeIndex, f64)> + '_ {
    kg.g.edges(u).filter_map(move |e| {
        let v = if e.source() == u {
            e.target()
        } else {
            e.source()
        };
        (e.weight().kind == RelationKind::Cooccurs && v != u).then_some((v, e.weight().weight))
    })
}

/// Nodes in entity-id order.
fn ordered(kg: &KGraph) -> Vec<NodeIndex> {
    let mut v: Vec<NodeIndex> = kg.g.node_indices().collect();
    v.sort_by_key(|&ix| kg.g[ix].id);
    v
}

/// Number of distinct co-occurring neighbors per node.
pub fn degree(kg: &KGraph) -> HashMap<NodeIndex, f64> {
    kg.g.node_indices()
        .map(|u| (u, co_edges(kg, u).count() as f64))
        .collect()
}

/// Weighted PageRank over co-occurrence edges (weights clamped at 0;
/// dangling nodes spread uniformly), damping 0.85, to 1e-10 or 100 rounds.
pub fn pagerank(kg: &KGraph) -> HashMap<NodeIndex, f64> {
    let nodes = ordered(kg);
    let n = nodes.len();
    if n == 0 {
        return HashMap::new();
    }
    let pos: HashMap<NodeIndex, usize> = nodes.iter().enumerate().map(|(i, &u)| (u, i)).collect();
    let adj: Vec<Vec<(usize, f64)>> = nodes
        .iter()
        .map(|&u| {
            co_edges(kg, u)
                .map(|(v, w)| (pos[&v], w.max(0.0)))
                .filter(|&(_, w)| w > 0.0)
                .collect()
        })
        .collect();
    let strength: Vec<f64> = adj.iter().map(|a| a.iter().map(|x| x.1).sum()).collect();
    let d = 0.85;
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n)
            .filter(|&i| strength[i] == 0.0)
            .map(|i| rank[i])
            .sum();
        let base = (1.0 - d) / n as f64 + d * dangling / n as f64;
        let mut next = vec![base; n];
        for i in 0..n {
            if strength[i] > 0.0 {
                for &(j, w) in &adj[i] {
                    next[j] += d * rank[i] * w / strength[i];
                }
            }
        }
        let delta: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if delta < 1e-10 {
            break;
        }
    }
    nodes.into_iter().zip(rank).collect()
}

/// Betweenness centrality (Brandes, unweighted hops over co-occurrence
/// edges), normalised to [0, 1] for an undirected graph. When `sources`
/// is smaller than the node count, that many evenly spaced sources are
/// used and the result is scaled up: an estimate for large graphs.
pub fn betweenness(kg: &KGraph, sources: usize) -> HashMap<NodeIndex, f64> {
    let nodes = ordered(kg);
    let n = nodes.len();
    let pos: HashMap<NodeIndex, usize> = nodes.iter().enumerate().map(|(i, &u)| (u, i)).collect();
    let adj: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&u| {
            let mut v: Vec<usize> = co_edges(kg, u).map(|(v, _)| pos[&v]).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let mut cb = vec![0.0f64; n];
    let k = sources.min(n).max(1);
    let chosen: Vec<usize> = if k >= n {
        (0..n).collect()
    } else {
        (0..k).map(|i| i * n / k).collect()
    };
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i64; n];
    let mut delta = vec![0.0f64; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &s in &chosen {
        let mut stack = Vec::new();
        for i in 0..n {
            sigma[i] = 0.0;
            dist[i] = -1;
            delta[i] = 0.0;
            preds[i].clear();
        }
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut q = VecDeque::from([s]);
        while let Some(v) = q.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    q.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                cb[w] += delta[w];
            }
        }
    }
    // Each pair is counted from both ends in an undirected graph.
    let scale = if n > 2 {
        (n as f64 / chosen.len() as f64) / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        0.0
    };
    nodes
        .into_iter()
        .zip(cb.into_iter().map(|x| x * scale))
        .collect()
}

/// Communities by Louvain modularity optimisation over co-occurrence
/// weights (clamped at 0), deterministic. Returns the community of each
/// node, numbered from 0 by decreasing size.
pub fn louvain(kg: &KGraph) -> HashMap<NodeIndex, usize> {
    let nodes = ordered(kg);
    let mut adj = louvain_adjacency(kg, &nodes);
    // member[i] = current super-node of original node i.
    let mut member: Vec<usize> = (0..nodes.len()).collect();
    while let Some(comm) = louvain_local_moves(&adj) {
        // Aggregate communities into super-nodes.
        let mut renum: BTreeMap<usize, usize> = BTreeMap::new();
        for &c in &comm {
            let next = renum.len();
            renum.entry(c).or_insert(next);
        }
        let next_adj = louvain_aggregate(&adj, &comm, &renum);
        for mi in member.iter_mut() {
            *mi = renum[&comm[*mi]];
        }
        adj = next_adj;
    }
    louvain_number_by_size(&nodes, &member)
}

/// Louvain's working graph over `nodes` (by position): merged positive co-occurrence weights, self-loops allowed.
fn louvain_adjacency(kg: &KGraph, nodes: &[NodeIndex]) -> Vec<BTreeMap<usize, f64>> {
    let n = nodes.len();
    let pos: HashMap<NodeIndex, usize> = nodes.iter().enumerate().map(|(i, &u)| (u, i)).collect();
    let mut adj: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); n];
    for &u in nodes {
        for (v, w) in co_edges(kg, u) {
            let w = w.max(0.0);
            if w > 0.0 {
                *adj[pos[&u]].entry(pos[&v]).or_default() += w;
            }
        }
    }
    adj
}

/// Louvain's first phase on `adj`: the community of each super-node after
/// moving nodes while modularity grows; `None` when nothing moved (or no weight).
fn louvain_local_moves(adj: &[BTreeMap<usize, f64>]) -> Option<Vec<usize>> {
    let m = adj.len();
    let k: Vec<f64> = adj
        .iter()
        .enumerate()
        .map(|(i, a)| {
            a.iter()
                .map(|(&j, &w)| if j == i { 2.0 * w } else { w })
                .sum()
        })
        .collect();
    let m2: f64 = k.iter().sum();
    if m2 <= 0.0 {
        return None;
    }
    let mut comm: Vec<usize> = (0..m).collect();
    let mut tot: Vec<f64> = k.clone();
    let mut improved_any = false;
    for _round in 0..50 {
        let moved = louvain_round(adj, &k, m2, &mut comm, &mut tot);
        improved_any |= moved;
        if !moved {
            break;
        }
    }
    improved_any.then_some(comm)
}

/// One sweep over the nodes, each moved to the neighbouring community of
/// best modularity gain; whether any moved.
fn louvain_round(
    adj: &[BTreeMap<usize, f64>],
    k: &[f64],
    m2: f64,
    comm: &mut [usize],
    tot: &mut [f64],
) -> bool {
    let mut moved = false;
    for i in 0..adj.len() {
        let ci = comm[i];
        let mut links: BTreeMap<usize, f64> = BTreeMap::new();
        for (&j, &w) in &adj[i] {
            if j != i {
                *links.entry(comm[j]).or_default() += w;
            }
        }
        tot[ci] -= k[i];
        let gain = |c: usize, kin: f64| kin - tot[c] * k[i] / m2;
        let mut best = (ci, gain(ci, links.get(&ci).copied().unwrap_or(0.0)));
        for (&c, &kin) in &links {
            let g = gain(c, kin);
            if g > best.1 + 1e-12 {
                best = (c, g);
            }
        }
        tot[best.0] += k[i];
        if best.0 != ci {
            comm[i] = best.0;
            moved = true;
        }
    }
    moved
}

/// Louvain's second phase: the graph of communities (renumbered by `renum`) as super-nodes.
fn louvain_aggregate(
    adj: &[BTreeMap<usize, f64>],
    comm: &[usize],
    renum: &BTreeMap<usize, usize>,
) -> Vec<BTreeMap<usize, f64>> {
    let mut next_adj: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); renum.len()];
    for (i, a) in adj.iter().enumerate() {
        let ci = renum[&comm[i]];
        for (&j, &w) in a {
            let cj = renum[&comm[j]];
            // Each undirected edge appears twice (i→j, j→i); a
            // self-loop once: halve to keep the self-loop weight.
            let add = if i == j { w } else { w / 2.0 };
            *next_adj[ci].entry(cj).or_default() += if ci == cj { add } else { w };
        }
    }
    next_adj
}

/// Numbers the communities by size, then smallest entity id, for each of `nodes`.
fn louvain_number_by_size(nodes: &[NodeIndex], member: &[usize]) -> HashMap<NodeIndex, usize> {
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &c) in member.iter().enumerate() {
        groups.entry(c).or_default().push(i);
    }
    let mut list: Vec<Vec<usize>> = groups.into_values().collect();
    list.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    let mut out = HashMap::new();
    for (c, g) in list.into_iter().enumerate() {
        for i in g {
            out.insert(nodes[i], c);
        }
    }
    out
}

/// Nodes of the k-core: repeatedly drop nodes with fewer than `k`
/// co-occurring neighbors.
pub fn k_core(kg: &KGraph, k: usize) -> Vec<NodeIndex> {
    let mut deg: HashMap<NodeIndex, usize> =
        kg.g.node_indices()
            .map(|u| {
                let mut v: Vec<NodeIndex> = co_edges(kg, u).map(|x| x.0).collect();
                v.sort_unstable();
                v.dedup();
                (u, v.len())
            })
            .collect();
    let mut removed: std::collections::HashSet<NodeIndex> = Default::default();
    let mut queue: Vec<NodeIndex> = deg
        .iter()
        .filter(|(_, &d)| d < k)
        .map(|(&u, _)| u)
        .collect();
    while let Some(u) = queue.pop() {
        if !removed.insert(u) {
            continue;
        }
        let mut nb: Vec<NodeIndex> = co_edges(kg, u).map(|x| x.0).collect();
        nb.sort_unstable();
        nb.dedup();
        for v in nb {
            if removed.contains(&v) {
                continue;
            }
            let d = deg.get_mut(&v).expect("deg");
            *d = d.saturating_sub(1);
            if *d < k {
                queue.push(v);
            }
        }
    }
    let mut keep: Vec<NodeIndex> =
        kg.g.node_indices()
            .filter(|u| !removed.contains(u))
            .collect();
    keep.sort_by_key(|&u| kg.g[u].id);
    keep
}
