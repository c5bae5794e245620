//! `SHANHAI_DEMO_DB=/tmp/demo.db cargo test --test graph_demo -- --ignored`
//! writes the standard fixture graph to a file, to try the commands on.
use std::path::PathBuf;

#[test]
#[ignore]
fn make_demo_db() {
    let path =
        PathBuf::from(std::env::var("SHANHAI_DEMO_DB").unwrap_or("/tmp/shanhai-demo.db".into()));
    let _ = std::fs::remove_file(&path);
    shanhai::graph::fixture::standard_db(&path).expect("fixture");
    eprintln!("wrote {}", path.display());
}

/// A bigger synthetic corpus (≈70 entities, 120 documents) for looking at
/// drawings: `SHANHAI_DEMO_DB=/tmp/big.db cargo test --test graph_demo big -- --ignored`.
#[test]
#[ignore]
fn make_big_demo_db() {
    use shanhai::graph::fixture::{doc, ent, write, Ent};
    use shanhai::model::EntityType::*;
    let path =
        PathBuf::from(std::env::var("SHANHAI_DEMO_DB").unwrap_or("/tmp/shanhai-big.db".into()));
    let _ = std::fs::remove_file(&path);
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
    for _ in 0..120 {
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
    let mut store = shanhai::store::Store::open(&path).expect("open");
    write(&mut store, &entities, &docs).expect("write");
    eprintln!("wrote {}", path.display());
}
