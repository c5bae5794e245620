//! `shanhai why A B`: the relations stored between two entities and the
//! sentences that support them.

use super::output::{
    highlight, json, num, range_note, tsv_clean, with_range, Format, GraphDateArgs, Mark, PairArgs,
};
use super::Outcome;
use shanhai::graph::{measure, DateRange, Measure, Node, Window};
use shanhai::model::{RelationKind, WindowCounts};
use shanhai::store::query::{CorpusTotals, RelationRow};
use shanhai::store::Store;
use std::io::Write;

/// The relations between two entities (co-occurrence with its counts and
/// measures, located_in) and the sentences naming both.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai why 阿里云 遂昌
  shanhai why 上虞 绍兴 -n 3 -f json
  shanhai why 阿里云 遂昌 --since 2021-10")]
pub struct Args {
    #[command(flatten)]
    pub pair: PairArgs,
    /// At most this many sentences.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    #[command(flatten)]
    pub dates: GraphDateArgs,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(serde::Serialize)]
struct Evidence {
    file_name: String,
    published: Option<String>,
    text: String,
    highlighted: String,
}

#[derive(serde::Serialize)]
struct RelationOut {
    kind: RelationKind,
    source: String,
    target: String,
    /// Shared windows.
    counts: WindowCounts,
    association: Option<f64>,
    npmi: Option<f64>,
    evidence_count: i64,
    evidence: Vec<Evidence>,
}

/// The relations stored between `a` and `b`, with their counts as of the date range.
struct PairRelations {
    relations: Vec<RelationRow>,
    totals: CorpusTotals,
    /// Sentence windows of each end: its own, or those of the range.
    na: i64,
    nb: i64,
}

/// What gathering the evidence of one relation needs.
struct Gather<'a> {
    store: &'a Store,
    a: &'a Node,
    b: &'a Node,
    range: &'a DateRange,
    /// Every name of either end, to highlight.
    names: &'a [String],
    limit: usize,
    mark: Mark,
}

/// Shows the relations between the two entities and their evidence in `args.format`.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let (a, b) = args.pair.resolve(store)?;
    let range = args.dates.range()?;
    let mark = Mark::for_stdout(args.format);
    let pair = pair_relations(store, &a, &b, &range)?;
    let mut names = store.aliases_of(a.id)?;
    names.extend(store.aliases_of(b.id)?);
    let cx = Gather {
        store,
        a: &a,
        b: &b,
        range: &range,
        names: &names,
        limit: args.limit,
        mark,
    };
    let outs = pair
        .relations
        .iter()
        .map(|r| relation_out(&cx, &pair, r))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut out = std::io::stdout().lock();
    let none_msg = no_relation_message(&a, &b, &range);
    match args.format {
        Format::Json => {
            json(
                &mut out,
                &with_range(
                    serde_json::json!({"a": a, "b": b, "relations": outs,
                        "message": if outs.is_empty() { Some(&none_msg) } else { None }}),
                    &range,
                ),
            )?;
        }
        Format::Tsv => {
            write_tsv(&outs, &mut out)?;
            if outs.is_empty() {
                eprintln!("{none_msg}");
            }
        }
        Format::Table => {
            if outs.is_empty() {
                writeln!(out, "{none_msg}")?;
            }
            for r in &outs {
                write_table_relation(r, &range, &mut out)?;
            }
        }
    }
    Ok(Outcome::found(!outs.is_empty()))
}

/// The stored relations of the pair; within a date range, recounted from its documents.
fn pair_relations(
    store: &Store,
    a: &Node,
    b: &Node,
    range: &DateRange,
) -> anyhow::Result<PairRelations> {
    let mut relations = store.relations_between(a.id, b.id)?;
    let mut totals = store.corpus_totals()?;
    let (mut na, mut nb) = (a.counts.sentence, b.counts.sentence);
    if !range.is_all() {
        // Recounted from the documents of the range: a co-occurrence they
        // do not hold goes; located_in is not dated and stays.
        let dated = store.dated_pair(range, a.id, b.id)?;
        totals = dated.totals;
        (na, nb) = (dated.a.sentence, dated.b.sentence);
        relations.retain_mut(|r| {
            if r.kind == RelationKind::Cooccurs {
                r.counts = dated.shared;
            }
            r.kind != RelationKind::Cooccurs || dated.shared.document > 0
        });
    }
    Ok(PairRelations {
        relations,
        totals,
        na,
        nb,
    })
}

/// One relation with its measures and its first `limit` highlighted evidence sentences.
fn relation_out(cx: &Gather, pair: &PairRelations, r: &RelationRow) -> anyhow::Result<RelationOut> {
    let (a, b) = (cx.a, cx.b);
    let mut evidence_rows = cx.store.evidence(r.id, a.id, b.id, usize::MAX, cx.range)?;
    let evidence_count = evidence_rows.len() as i64;
    evidence_rows.truncate(cx.limit);
    let evidence = evidence_rows
        .into_iter()
        .map(|e| {
            let spans: Vec<(usize, usize)> = e.spans.iter().map(|s| (s.1, s.2)).collect();
            Evidence {
                highlighted: highlight(&e.text, &spans, cx.names, cx.mark),
                file_name: e.file_name,
                published: e.published,
                text: e.text,
            }
        })
        .collect();
    let (ni, nj) = if r.source == a.id {
        (pair.na, pair.nb)
    } else {
        (pair.nb, pair.na)
    };
    let m = |m: Measure| {
        (r.kind == RelationKind::Cooccurs)
            .then(|| {
                measure(
                    m,
                    r.counts.sentence,
                    ni,
                    nj,
                    Window::Sentence.total(&pair.totals),
                )
            })
            .flatten()
    };
    let name_of = |id: i64| if id == a.id { &a.name } else { &b.name };
    Ok(RelationOut {
        kind: r.kind,
        source: name_of(r.source).clone(),
        target: name_of(r.target).clone(),
        counts: r.counts,
        association: m(Measure::Association),
        npmi: m(Measure::Npmi),
        evidence_count,
        evidence,
    })
}

/// What is said when the pair has no direct relation (in the range).
fn no_relation_message(a: &Node, b: &Node, range: &DateRange) -> String {
    format!(
        "no direct relation between {} ({}) and {} ({}){}; try `shanhai path {} {}`",
        a.name,
        a.etype,
        b.name,
        b.etype,
        if range.is_all() {
            String::new()
        } else {
            format!(" in the documents {}", range.describe())
        },
        a.name,
        b.name
    )
}

/// The evidence as TSV, one row a sentence.
fn write_tsv(outs: &[RelationOut], out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "kind\tsource\ttarget\tfile_name\tpublished\tsentence")?;
    for r in outs {
        for e in &r.evidence {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                r.kind,
                tsv_clean(&r.source),
                tsv_clean(&r.target),
                tsv_clean(&e.file_name),
                e.published.as_deref().unwrap_or(""),
                tsv_clean(&e.highlighted)
            )?;
        }
    }
    Ok(())
}

/// One relation for people: its counts and measures, then its evidence sentences.
fn write_table_relation(
    r: &RelationOut,
    range: &DateRange,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if r.kind == RelationKind::LocatedIn {
        writeln!(out, "{} located_in {}", r.source, r.target)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} — {}: cooccurs in {} sentence(s), {} paragraph(s), {} document(s); association {}, NPMI {}{}",
        r.source,
        r.target,
        r.counts.sentence,
        r.counts.paragraph,
        r.counts.document,
        r.association.map_or("-".into(), num),
        r.npmi.map_or("-".into(), num),
        range_note(range)
    )?;
    for e in &r.evidence {
        writeln!(
            out,
            "  · {}  — {}{}",
            e.highlighted,
            e.file_name,
            e.published
                .as_deref()
                .map_or(String::new(), |d| format!(", {d}"))
        )?;
    }
    if r.evidence_count == 0 {
        writeln!(
            out,
            "  (no single sentence names both; they share {} paragraph(s) in {} document(s))",
            r.counts.paragraph, r.counts.document
        )?;
    }
    if r.evidence_count > r.evidence.len() as i64 {
        writeln!(
            out,
            "  … {} more sentence(s); raise --limit to see them",
            r.evidence_count - r.evidence.len() as i64
        )?;
    }
    Ok(())
}
