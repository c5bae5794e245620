//! Generates a scale corpus for the benchmark: articles recombined from the
//! paragraphs of the seed articles, with invented firms, parks and platforms
//! placed in real counties, so that documents differ (none is skipped as a
//! duplicate) and the graph grows the way a real news archive does.
//!
//!     cargo run --release --example gen_corpus -- OUT_DIR [--articles N] [--seed S]
//!
//! Deterministic for a given seed.

use std::path::{Path, PathBuf};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "华", "瑞", "鑫", "宏", "博", "正", "安", "远", "恒", "新", "嘉", "泰", "德", "晟", "浩", "源",
    "凯", "睿", "澜", "卓", "越", "辰", "达", "合", "欣", "力", "信", "尚", "航", "锦", "峰", "联",
];
const INDUSTRIES: &[&str] = &[
    "科技",
    "新材料",
    "电子",
    "智能装备",
    "生物医药",
    "新能源",
    "光电",
    "精密机械",
    "数字科技",
    "环保科技",
    "汽车零部件",
    "半导体",
    "纺织",
    "食品",
];
const FIRM_FORMS: &[&str] = &["有限公司", "股份有限公司", "集团有限公司"];
const PARK_FORMS: &[&str] = &["经济开发区", "高新技术产业园区", "工业园区", "产业集聚区"];
const PLATFORM_FORMS: &[&str] = &["创新中心", "产业研究院", "重点实验室", "科创飞地"];
const TEMPLATES: &[&str] = &[
    "{firm}年产{n}万件{industry}产品项目正式落户{county}{park}，总投资{m}亿元。",
    "近日，{county}与{firm}签约，双方将共建{platform}。",
    "在{park}，{firm}的智能化生产线开足马力，今年以来产值同比增长{n}%。",
    "{county}依托{platform}，引进{firm}等一批{industry}企业。",
    "记者从{county}获悉，{short}已完成技术改造，{platform}同步投入使用。",
];

fn counties(project: &Path) -> Vec<String> {
    let csv = std::fs::read_to_string(project.join("data/admin-divisions/areas.csv"))
        .expect("data/admin-divisions/areas.csv");
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split(',').collect();
            let code = cols.first()?;
            let name = cols.get(1)?.trim_matches('"');
            // Zhejiang counties, development-zone rows excluded.
            (code.starts_with("33") && code.as_bytes().get(4) != Some(&b'7') && name != "市辖区")
                .then(|| name.to_string())
        })
        .collect()
}

fn paragraphs(project: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(project.join("seeds"))
        .expect("seeds/")
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(doc) = shanhai::text::parse_document(&path, &bytes) else {
            continue;
        };
        let mut current = usize::MAX;
        for s in &doc.sentences {
            if s.paragraph != current {
                current = s.paragraph;
                out.push(String::new());
            }
            out.last_mut().unwrap().push_str(&s.text);
        }
    }
    out.retain(|p| p.chars().count() >= 40);
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out_dir = None;
    let mut articles = 20_000usize;
    let mut seed = 42u64;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--articles" => {
                articles = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--articles N")
            }
            "--seed" => seed = it.next().and_then(|v| v.parse().ok()).expect("--seed S"),
            other => out_dir = Some(PathBuf::from(other)),
        }
    }
    let out_dir = out_dir.expect("usage: gen_corpus OUT_DIR [--articles N] [--seed S]");
    let project = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let counties = counties(&project);
    let pool = paragraphs(&project);
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut bytes = 0usize;
    for i in 0..articles {
        let county = rng.pick(&counties).clone();
        let short: String = {
            let c: Vec<char> = county.chars().collect();
            if c.len() > 2 {
                c[..c.len() - 1].iter().collect()
            } else {
                county.clone()
            }
        };
        let brand: String = (0..2).map(|_| *rng.pick(SYLLABLES)).collect();
        let industry = *rng.pick(INDUSTRIES);
        let firm = format!("浙江{brand}{industry}{}", rng.pick(FIRM_FORMS));
        let firm_short = format!("{brand}{industry}");
        let park = format!("{short}{}", rng.pick(PARK_FORMS));
        let platform = format!("{short}{industry}{}", rng.pick(PLATFORM_FORMS));
        let mut text = format!(
            "{short}：{firm_short}项目建设跑出加速度\n\n2024-{:02}-{:02}\n\n",
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let n_paragraphs = 10 + rng.below(10);
        for p in 0..n_paragraphs {
            text.push_str("  ");
            let paragraph: &String = rng.pick(&pool);
            text.push_str(paragraph);
            if p % 3 == 0 {
                let t = rng.pick(TEMPLATES);
                text.push_str(
                    &t.replace("{firm}", &firm)
                        .replace("{short}", &firm_short)
                        .replace("{county}", &short)
                        .replace("{park}", &park)
                        .replace("{platform}", &platform)
                        .replace("{industry}", industry)
                        .replace("{n}", &(10 + rng.below(90)).to_string())
                        .replace("{m}", &(1 + rng.below(50)).to_string()),
                );
            }
            text.push_str("\n\n");
        }
        text.push_str(&format!("（稿件编号 {i}）\n"));
        bytes += text.len();
        let sub = out_dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        std::fs::write(sub.join(format!("{i:05}.txt")), text).unwrap();
    }
    eprintln!(
        "wrote {articles} articles, {:.1} MB, to {}",
        bytes as f64 / 1e6,
        out_dir.display()
    );
}
