//! Scoring predictions against a gold file (ANNOTATION.md), both read as
//! `model::record`s. Pure: records in, scores out.

use crate::model::record::{DocRecord, RecordEntity};
use crate::model::{normalize_name, EntityType};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// True positive, false positive and false negative counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Errors of one document, for printing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DocErrors {
    pub doc: String,
    /// Gold entities (scored types) no prediction matched.
    pub missed: Vec<RecordEntity>,
    /// Predicted entities (scored types) that matched no gold entity.
    pub spurious: Vec<RecordEntity>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Score {
    /// Per scored type.
    pub per_type: BTreeMap<EntityType, Counts>,
    /// Over the four scored types.
    pub all4: Counts,
    /// Over the four scored types, park and platform interchangeable.
    pub untyped: Counts,
    /// Per document, only documents with errors.
    pub errors: Vec<DocErrors>,
}

impl Score {
    /// A printable table: type, tp, fp, fn, P, R, F1.
    pub fn table(&self) -> String {
        let mut s = format!(
            "{:<9} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n",
            "type", "tp", "fp", "fn", "P", "R", "F1"
        );
        let mut row = |name: &str, c: &Counts| {
            s.push_str(&format!(
                "{:<9} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}\n",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            ));
        };
        for (t, c) in &self.per_type {
            row(t.as_str(), c);
        }
        row("all4", &self.all4);
        row("untyped", &self.untyped);
        s
    }
}

fn forms(e: &RecordEntity) -> BTreeSet<String> {
    std::iter::once(&e.name)
        .chain(e.forms.iter())
        .map(|s| normalize_name(s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Greedy one-to-one matching of gold to predictions where `compatible`
/// says two types may match. Returns (matched gold flags, matched pred flags).
fn match_doc(
    gold: &[&RecordEntity],
    pred: &[&RecordEntity],
    compatible: impl Fn(EntityType, EntityType) -> bool,
) -> (Vec<bool>, Vec<bool>) {
    let gf: Vec<BTreeSet<String>> = gold.iter().map(|e| forms(e)).collect();
    let pf: Vec<BTreeSet<String>> = pred.iter().map(|e| forms(e)).collect();
    let mut gm = vec![false; gold.len()];
    let mut pm = vec![false; pred.len()];
    // Two rounds: first exact name agreement, then any form overlap, so a
    // prediction is not used up by a weaker match.
    for round in 0..2 {
        for (gi, g) in gold.iter().enumerate() {
            if gm[gi] {
                continue;
            }
            for (pi, p) in pred.iter().enumerate() {
                if pm[pi] || !compatible(g.etype, p.etype) {
                    continue;
                }
                let ok = if round == 0 {
                    normalize_name(&g.name) == normalize_name(&p.name)
                } else {
                    !gf[gi].is_disjoint(&pf[pi])
                };
                if ok {
                    gm[gi] = true;
                    pm[pi] = true;
                    break;
                }
            }
        }
    }
    (gm, pm)
}

/// Scores predictions against gold. Documents absent from the predictions
/// count as predicted empty; predicted documents absent from the gold are
/// ignored (not annotated).
pub fn score(gold: &[DocRecord], pred: &[DocRecord]) -> Score {
    let pred_by: HashMap<&str, &DocRecord> = pred.iter().map(|d| (d.doc.as_str(), d)).collect();
    let mut out = Score::default();
    for t in EntityType::SCORED {
        out.per_type.insert(t, Counts::default());
    }
    for g in gold {
        let gs: Vec<&RecordEntity> = g.entities.iter().filter(|e| e.etype.is_scored()).collect();
        let ps: Vec<&RecordEntity> = pred_by
            .get(g.doc.as_str())
            .map(|d| d.entities.iter().filter(|e| e.etype.is_scored()).collect())
            .unwrap_or_default();
        let (gm, pm) = match_doc(&gs, &ps, |a, b| a == b);
        let mut errs = DocErrors {
            doc: g.doc.clone(),
            ..DocErrors::default()
        };
        for (e, m) in gs.iter().zip(&gm) {
            let c = out.per_type.get_mut(&e.etype).expect("scored type");
            if *m {
                c.tp += 1;
            } else {
                c.fn_ += 1;
                errs.missed.push((*e).clone());
            }
        }
        for (e, m) in ps.iter().zip(&pm) {
            if !*m {
                out.per_type.get_mut(&e.etype).expect("scored type").fp += 1;
                errs.spurious.push((*e).clone());
            }
        }
        let class = |t: EntityType| {
            if t == EntityType::Platform {
                EntityType::Park
            } else {
                t
            }
        };
        let (ugm, upm) = match_doc(&gs, &ps, |a, b| class(a) == class(b));
        out.untyped.add(Counts {
            tp: ugm.iter().filter(|m| **m).count(),
            fp: upm.iter().filter(|m| !**m).count(),
            fn_: ugm.iter().filter(|m| !**m).count(),
        });
        if !errs.missed.is_empty() || !errs.spurious.is_empty() {
            out.errors.push(errs);
        }
    }
    for c in out.per_type.values() {
        out.all4.add(*c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(t: &str, name: &str, forms: &[&str]) -> RecordEntity {
        RecordEntity {
            etype: t.parse().unwrap(),
            name: name.into(),
            forms: forms.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn scoring_counts_and_untyped() {
        let gold = vec![DocRecord {
            doc: "a.txt".into(),
            entities: vec![
                ent("firm", "云帆科技有限公司", &["云帆科技"]),
                ent("county", "桐庐", &["桐庐县"]),
                ent("park", "青峰智谷", &[]),
                ent("region", "杭州", &[]),
            ],
        }];
        let pred = vec![DocRecord {
            doc: "a.txt".into(),
            entities: vec![
                ent("firm", "云帆科技有限公司", &["云帆科技"]),
                ent("county", "桐庐", &["桐庐县"]),
                ent("platform", "青峰智谷", &[]),
                ent("firm", "星河", &[]),
                ent("region", "宁波", &[]),
            ],
        }];
        let s = score(&gold, &pred);
        assert_eq!(
            s.per_type[&EntityType::Firm],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s.per_type[&EntityType::Park],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            s.per_type[&EntityType::Platform],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s.all4,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            s.untyped,
            Counts {
                tp: 3,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(s.errors.len(), 1);
    }
}
