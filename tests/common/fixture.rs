//! A small, realistic hand-made graph for the integration tests, written
//! through `Store::write_batch` exactly as the pipeline would. Mentions are
//! found by plain longest-match of the registered names, so the counts can
//! be checked by hand against the sentences below.

use shanhai::model::{
    DocExtraction, EntityAttrs, EntityKey, EntityRecord, EntityType, Mention, ParsedDoc, Sentence,
};
use shanhai::store::{DocOutcome, DocToWrite, Store, StoreError};
use std::path::Path;

/// An entity to register: type, canonical name, aliases, attributes.
#[derive(Clone, Debug)]
pub struct Ent {
    pub etype: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub county: Option<String>,
}

pub fn ent(etype: EntityType, name: &str, aliases: &[&str]) -> Ent {
    Ent {
        etype,
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        parent: None,
        county: None,
    }
}

impl Ent {
    pub fn parent(mut self, p: &str) -> Ent {
        self.parent = Some(p.into());
        self
    }
    pub fn county(mut self, c: &str) -> Ent {
        self.county = Some(c.into());
        self
    }
    fn record(&self) -> EntityRecord {
        let mut aliases = vec![self.name.clone()];
        aliases.extend(self.aliases.iter().cloned());
        EntityRecord {
            key: EntityKey::new(self.etype, self.name.clone()),
            attrs: EntityAttrs {
                admin_code: None,
                parent: self.parent.clone(),
                county: self.county.clone(),
            },
            aliases,
        }
    }
}

/// A document: file name, date, paragraphs of sentences.
pub struct Doc {
    pub file_name: String,
    pub published: Option<String>,
    pub paragraphs: Vec<Vec<String>>,
}

pub fn doc(file_name: &str, published: Option<&str>, paragraphs: &[&[&str]]) -> Doc {
    Doc {
        file_name: file_name.into(),
        published: published.map(String::from),
        paragraphs: paragraphs
            .iter()
            .map(|p| p.iter().map(|s| s.to_string()).collect())
            .collect(),
    }
}

/// Writes `docs` into the store, linking every registered name.
pub fn write(store: &mut Store, entities: &[Ent], docs: &[Doc]) -> Result<(), StoreError> {
    let mut parsed = Vec::new();
    for (n, d) in docs.iter().enumerate() {
        let mut sentences = Vec::new();
        let mut text = String::new();
        for (p, para) in d.paragraphs.iter().enumerate() {
            for s in para {
                let start = text.chars().count();
                text.push_str(s);
                let end = text.chars().count();
                sentences.push(Sentence {
                    paragraph: p,
                    index: sentences.len(),
                    start,
                    end,
                    text: s.clone(),
                });
            }
            text.push('\n');
        }
        let mut mentions = Vec::new();
        let mut used: Vec<usize> = Vec::new();
        for s in &sentences {
            for (ei, m) in link(entities, &s.text) {
                mentions.push(Mention {
                    sentence: s.index,
                    start: m.0,
                    end: m.1,
                    surface: s.text.chars().skip(m.0).take(m.1 - m.0).collect(),
                    entity: EntityKey::new(entities[ei].etype, entities[ei].name.clone()),
                });
                used.push(ei);
            }
        }
        // Records: the entities mentioned, plus their parents and counties.
        let mut records: Vec<EntityRecord> = Vec::new();
        let mut want: Vec<usize> = used.clone();
        // Entities whose name occurs but lost the match to a namesake
        // still come as records (no mentions), as an extractor's would.
        want.extend((0..entities.len()).filter(|&j| text.contains(&entities[j].name)));
        let mut i = 0;
        while i < want.len() {
            let e = &entities[want[i]];
            for up in [&e.parent, &e.county].into_iter().flatten() {
                if let Some(j) = entities.iter().position(|x| &x.name == up) {
                    want.push(j);
                }
            }
            i += 1;
        }
        want.sort_unstable();
        want.dedup();
        // Parents first, so a child's located_in finds them.
        want.sort_by_key(|&j| {
            (
                entities[j].parent.is_some() || entities[j].county.is_some(),
                j,
            )
        });
        for j in want {
            records.push(entities[j].record());
        }
        let path = format!("/fixture/{n:03}/{}", d.file_name);
        parsed.push((
            ParsedDoc {
                path: path.clone().into(),
                file_name: d.file_name.clone(),
                hash: content_hash(&path, &text),
                encoding: "utf-8".into(),
                title: d.paragraphs.first().and_then(|p| p.first()).cloned(),
                published: d.published.clone(),
                byte_len: text.len(),
                text,
                sentences,
            },
            DocExtraction {
                mentions,
                entities: records,
            },
        ));
    }
    write_docs(store, &parsed)?;
    Ok(())
}

/// Writes documents with their extractions in one batch, as the
/// pipeline's writer does.
pub fn write_docs(
    store: &mut Store,
    docs: &[(ParsedDoc, DocExtraction)],
) -> Result<Vec<DocOutcome>, StoreError> {
    let batch: Vec<DocToWrite<'_>> = docs
        .iter()
        .map(|(doc, extraction)| DocToWrite {
            doc,
            extraction,
            kept: None,
        })
        .collect();
    store.write_batch(&batch)
}

/// A stand-in for SHA-256: 64 hex digits from the path and text.
fn content_hash(path: &str, text: &str) -> String {
    use std::hash::{Hash, Hasher};
    (0..4u8)
        .map(|salt| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (salt, path, text).hash(&mut h);
            format!("{:016x}", h.finish())
        })
        .collect()
}

/// Leftmost-longest matches of every registered surface form:
/// (entity index, (start, end) in chars).
fn link(entities: &[Ent], text: &str) -> Vec<(usize, (usize, usize))> {
    let chars: Vec<char> = text.chars().collect();
    let forms: Vec<(usize, Vec<char>)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .map(move |f| (i, f.chars().collect()))
        })
        .collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let best = forms
            .iter()
            .filter(|(_, f)| !f.is_empty() && chars[at..].starts_with(f))
            .max_by_key(|(i, f)| (f.len(), std::cmp::Reverse(*i)));
        match best {
            Some((i, f)) => {
                out.push((*i, (at, at + f.len())));
                at += f.len();
            }
            None => at += 1,
        }
    }
    out
}

/// The standard test graph: two counties of 湖州市, firms, parks, a
/// platform, an institution, and a name (南太湖新区) that is both a park
/// and a region. 4 documents, 8 paragraphs, 12 sentences.
pub fn standard() -> (Vec<Ent>, Vec<Doc>) {
    use EntityType::*;
    let entities = vec![
        ent(Region, "湖州市", &["湖州"]),
        ent(County, "长兴县", &["长兴"]).parent("湖州市"),
        ent(County, "德清县", &["德清"]).parent("湖州市"),
        ent(Firm, "宇恒电池有限公司", &["宇恒电池", "宇恒"]),
        ent(Firm, "华晟新材料股份有限公司", &["华晟新材"]),
        ent(Park, "长兴经济技术开发区", &["长兴经开区"]).county("长兴县"),
        ent(Park, "南太湖新区", &[]),
        ent(Region, "南太湖新区", &[]).parent("湖州市"),
        ent(Platform, "长三角新能源产业协作平台", &["协作平台"]),
        ent(Institution, "浙江大学长兴研究院", &[]),
    ];
    let docs = vec![
        doc(
            "2024-03-01_长兴储能.txt",
            Some("2024-03-01"),
            &[
                &[
                    "宇恒电池有限公司在长兴经济技术开发区投资建设新型储能电池项目。",
                    "副县长表示，该项目将带动长兴县新能源产业链发展。",
                ],
                &["宇恒电池与浙江大学长兴研究院签署合作协议。"],
            ],
        ),
        doc(
            "2024-04-10_德清新材.txt",
            Some("2024-04-10"),
            &[
                &[
                    "华晟新材料股份有限公司落户德清县。",
                    "华晟新材将为宇恒电池供应正极材料。",
                ],
                &["德清县与长兴县共建长三角新能源产业协作平台。"],
            ],
        ),
        doc(
            "2024-05-20_南太湖.txt",
            Some("2024-05-20"),
            &[
                &[
                    "宇恒电池有限公司第二工厂落户南太湖新区。",
                    "长兴经开区与南太湖新区签订产业合作协议。",
                ],
                &["两地将共享检测认证资源。"],
            ],
        ),
        doc(
            "院地合作.txt",
            None,
            &[
                &[
                    "浙江大学长兴研究院在长兴县设立新能源材料实验室。",
                    "该实验室聚焦固态电池。",
                ],
                &["长三角新能源产业协作平台发布首批项目，华晟新材料股份有限公司入选。"],
            ],
        ),
    ];
    (entities, docs)
}

/// Creates a database at `path` holding the standard graph.
pub fn standard_db(path: &Path) -> Result<Store, StoreError> {
    let mut store = Store::open(path)?;
    let (e, d) = standard();
    write(&mut store, &e, &d)?;
    Ok(store)
}

/// A bigger synthetic corpus (≈70 entities in 14 counties of 4
/// prefectures) of `n_docs` documents, deterministic: topical clusters
/// plus random links, for drawings and for checking searches against
/// brute force.
pub fn synthetic(n_docs: usize) -> (Vec<Ent>, Vec<Doc>) {
    use EntityType::*;
    let prefectures = ["湖州市", "嘉兴市", "绍兴市", "金华市"];
    let counties = [
        ("长兴县", 0),
        ("德清县", 0),
        ("安吉县", 0),
        ("嘉善县", 1),
        ("海盐县", 1),
        ("平湖市", 1),
        ("海宁市", 1),
        ("新昌县", 2),
        ("诸暨市", 2),
        ("嵊州市", 2),
        ("义乌市", 3),
        ("永康市", 3),
        ("东阳市", 3),
        ("武义县", 3),
    ];
    let firm_heads = [
        "宇恒",
        "华晟",
        "天能",
        "超威",
        "晶科",
        "正泰",
        "万向",
        "卧龙",
        "海亮",
        "巨石",
        "双环",
        "新和成",
        "三花",
        "浙江美大",
        "福莱特",
        "旗滨",
        "合盛",
        "东方日升",
        "横店东磁",
        "英特",
    ];
    let firm_tails = [
        "电池有限公司",
        "新材料股份有限公司",
        "智能装备有限公司",
        "光伏科技有限公司",
    ];
    let mut entities: Vec<Ent> = prefectures.iter().map(|p| ent(Region, p, &[])).collect();
    for (c, p) in counties {
        let short: String = c.chars().take(2).collect();
        entities.push(ent(County, c, &[&short]).parent(prefectures[p]));
    }
    for (i, h) in firm_heads.iter().enumerate() {
        let name = format!("{h}{}", firm_tails[i % firm_tails.len()]);
        entities.push(ent(Firm, &name, &[]));
    }
    for (c, _) in counties.iter().step_by(2) {
        let short: String = c.chars().take(2).collect();
        entities.push(ent(Park, &format!("{short}经济技术开发区"), &[]).county(c));
    }
    for p in [
        "长三角新能源产业协作平台",
        "浙江省智能制造创新服务综合体",
        "绍兴集成电路产业创新中心",
        "金华五金产业大脑",
    ] {
        entities.push(ent(Platform, p, &[]));
    }
    for i in [
        "浙江大学长兴研究院",
        "浙江工业大学德清研究院",
        "中国科学院宁波材料所嘉兴中心",
    ] {
        entities.push(ent(Institution, i, &[]));
    }
    let mut seed: u64 = 42;
    let mut rnd = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let n = entities.len();
    let mut docs = Vec::new();
    let mut texts: Vec<Vec<Vec<String>>> = Vec::new();
    for _ in 0..n_docs {
        let mut paras = Vec::new();
        // A topical cluster: entities near each other in the list co-occur more.
        let base = 4 + rnd(n - 4);
        for _ in 0..2 {
            let mut sents = Vec::new();
            for _ in 0..3 {
                let a = &entities[(base + rnd(6)) % n].name;
                let b = &entities[if rnd(4) == 0 {
                    4 + rnd(n - 4)
                } else {
                    (base + rnd(8)) % n
                }]
                .name;
                sents.push(format!("{a}与{b}签署合作协议，共同推进产业项目。"));
            }
            paras.push(sents);
        }
        texts.push(paras);
    }
    for (i, t) in texts.iter().enumerate() {
        let p: Vec<Vec<&str>> = t
            .iter()
            .map(|p| p.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = p.iter().map(Vec::as_slice).collect();
        docs.push(doc(
            &format!("news_{i:03}.txt"),
            Some(&format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
            &refs,
        ));
    }
    (entities, docs)
}
