//! Scoring predictions against a gold file (ANNOTATION.md). Pure: strings
//! in, scores out.

use crate::model::{DocExtraction, EntityType};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One entity of a gold or prediction record. Gold files use `aliases`,
/// prediction files `mentions`; both are read into `forms`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalEntity {
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
    #[serde(default, alias = "aliases", rename = "mentions")]
    pub forms: Vec<String>,
}

/// One document of a gold or prediction file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalDoc {
    pub doc: String,
    pub entities: Vec<EvalEntity>,
}

#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct EvalParseError {
    pub line: usize,
    pub reason: String,
}

/// Parses a JSON Lines gold or prediction file. Blank lines are skipped.
pub fn parse_jsonl(text: &str) -> Result<Vec<EvalDoc>, EvalParseError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let d: EvalDoc = serde_json::from_str(line).map_err(|e| EvalParseError {
            line: i + 1,
            reason: e.to_string(),
        })?;
        out.push(d);
    }
    Ok(out)
}

/// Normalisation of ANNOTATION.md "Matching": full-width ASCII and brackets
/// folded to half-width, white space and quotation marks dropped, and
/// ·, •, ・, ——, — between two name parts made one separator (`·`).
pub fn normalize_name(s: &str) -> String {
    let mut folded: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '【' | '〔' => '[',
            '】' | '〕' => ']',
            _ => c,
        };
        if c.is_whitespace()
            || matches!(
                c,
                '"' | '\''
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '《'
                    | '》'
                    | '〈'
                    | '〉'
            )
        {
            continue;
        }
        folded.push(c);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        if matches!(c, '·' | '•' | '・' | '—' | '－' | '─' | '-' | '‧' | '∙')
            && is_separator_run(&folded, i)
        {
            let mut j = i;
            while j < folded.len()
                && matches!(
                    folded[j],
                    '·' | '•' | '・' | '—' | '－' | '─' | '-' | '‧' | '∙'
                )
            {
                j += 1;
            }
            if !out.is_empty() && j < folded.len() {
                out.push('·');
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn is_separator_run(chars: &[char], i: usize) -> bool {
    // An ASCII hyphen between two ASCII alphanumerics is part of a token
    // (e.g. "5G-A"); everything else separates name parts.
    if chars[i] == '-' {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        if prev.is_some_and(|c| c.is_ascii_alphanumeric())
            && next.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return false;
        }
    }
    true
}

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
    pub missed: Vec<EvalEntity>,
    /// Predicted entities (scored types) that matched no gold entity.
    pub spurious: Vec<EvalEntity>,
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

fn forms(e: &EvalEntity) -> BTreeSet<String> {
    std::iter::once(&e.name)
        .chain(e.forms.iter())
        .map(|s| normalize_name(s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Greedy one-to-one matching of gold to predictions where `compatible`
/// says two types may match. Returns (matched gold flags, matched pred flags).
fn match_doc(
    gold: &[&EvalEntity],
    pred: &[&EvalEntity],
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
pub fn score(gold: &[EvalDoc], pred: &[EvalDoc]) -> Score {
    let pred_by: HashMap<&str, &EvalDoc> = pred.iter().map(|d| (d.doc.as_str(), d)).collect();
    let mut out = Score::default();
    for t in EntityType::SCORED {
        out.per_type.insert(t, Counts::default());
    }
    for g in gold {
        let gs: Vec<&EvalEntity> = g.entities.iter().filter(|e| e.etype.is_scored()).collect();
        let ps: Vec<&EvalEntity> = pred_by
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

/// The prediction record of one document: one entity per entity mentioned,
/// `name` = canonical, `mentions` = the distinct surfaces in this document
/// (in order of first occurrence).
pub fn prediction_record(doc_name: &str, extraction: &DocExtraction) -> EvalDoc {
    let mut order: Vec<(EntityType, String)> = Vec::new();
    let mut surfaces: HashMap<(EntityType, String), Vec<String>> = HashMap::new();
    for m in &extraction.mentions {
        let k = (m.entity.etype, m.entity.canonical.clone());
        let list = surfaces.entry(k.clone()).or_insert_with(|| {
            order.push(k.clone());
            Vec::new()
        });
        if !list.contains(&m.surface) {
            list.push(m.surface.clone());
        }
    }
    let entities = order
        .into_iter()
        .map(|k| {
            let forms = surfaces.remove(&k).unwrap_or_default();
            EvalEntity {
                etype: k.0,
                name: k.1,
                forms,
            }
        })
        .collect();
    EvalDoc {
        doc: doc_name.to_string(),
        entities,
    }
}

/// One JSON line of a prediction file.
pub fn to_jsonl_line(rec: &EvalDoc) -> String {
    serde_json::to_string(rec).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize_name(input), expected, "{input}");
    }

    #[test]
    fn normalisation() {
        check("星河（宁海）有限公司", "星河(宁海)有限公司");
        check("“云帆”平台", "云帆平台");
        check("青峰之城——智谷", "青峰之城·智谷");
        check("青峰之城•智谷", "青峰之城·智谷");
        check("青峰之城・智谷", "青峰之城·智谷");
        check("ＡＢＣ 科技", "ABC科技");
        check("5G-A 实验室", "5G-A实验室");
    }

    fn ent(t: &str, name: &str, forms: &[&str]) -> EvalEntity {
        EvalEntity {
            etype: t.parse().unwrap(),
            name: name.into(),
            forms: forms.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn scoring_counts_and_untyped() {
        let gold = vec![EvalDoc {
            doc: "a.txt".into(),
            entities: vec![
                ent("firm", "云帆科技有限公司", &["云帆科技"]),
                ent("county", "桐庐", &["桐庐县"]),
                ent("park", "青峰智谷", &[]),
                ent("region", "杭州", &[]),
            ],
        }];
        let pred = vec![EvalDoc {
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
        let parsed = parse_jsonl(
            r#"{"doc":"a.txt","entities":[{"type":"firm","name":"X公司","aliases":["X"]}]}
{"doc":"b.txt","entities":[{"type":"park","name":"Y园","mentions":["Y园"]}]}"#,
        )
        .unwrap();
        assert_eq!(parsed[0].entities[0].forms, vec!["X".to_string()]);
        assert_eq!(parsed[1].entities[0].forms, vec!["Y园".to_string()]);
    }
}
