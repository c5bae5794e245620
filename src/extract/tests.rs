//! End-to-end tests of recognition: invented texts through discover,
//! lexicon and link, checked by `check(texts, doc, expected, absent)`.

use super::*;
use crate::extract::place_names::county_in_name;
use crate::model::{EntityType, ParsedDoc};
use std::path::Path;

/// A plain-text document as the text front end would make it.
pub(super) fn doc(name: &str, text: &str) -> ParsedDoc {
    ParsedDoc {
        path: Path::new(name).to_path_buf(),
        file_name: name.to_string(),
        hash: crate::text::content_hash(text.as_bytes()),
        encoding: "utf-8".into(),
        title: None,
        published: None,
        text: text.to_string(),
        sentences: crate::text::split::split(text),
        byte_len: text.len(),
    }
}

fn run(ex: &Extractor, texts: &[&str]) -> Vec<(ParsedDoc, DocExtraction)> {
    let docs: Vec<ParsedDoc> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("d{i}.txt"), t))
        .collect();
    let disc: Vec<Discovered> = docs.iter().map(|d| ex.discover(d)).collect();
    let lex = ex.build_lexicon(&disc, &[]).expect("lexicon");
    docs.into_iter()
        .map(|d| {
            let x = ex.link(&lex, &d);
            (d, x)
        })
        .collect()
}

/// (type, canonical, surface) of every mention.
fn found(x: &DocExtraction) -> Vec<(EntityType, String, String)> {
    x.mentions
        .iter()
        .map(|m| {
            (
                m.entity.etype,
                m.entity.canonical.clone(),
                m.surface.clone(),
            )
        })
        .collect()
}

fn check(texts: &[&str], doc_i: usize, expected: &[(&str, &str, &str)], absent: &[&str]) {
    check_with(
        &Extractor::new(UserLexicon::default()),
        texts,
        doc_i,
        expected,
        absent,
    )
}

fn check_with(
    ex: &Extractor,
    texts: &[&str],
    doc_i: usize,
    expected: &[(&str, &str, &str)],
    absent: &[&str],
) {
    let out = run(ex, texts);
    let (d, x) = &out[doc_i];
    for m in &x.mentions {
        assert_eq!(d.written(m), m.surface);
    }
    let got = found(x);
    for (t, canon, surface) in expected {
        let t: EntityType = t.parse().unwrap();
        assert!(
            got.iter()
                .any(|(gt, gc, gs)| *gt == t && gc == canon && gs == surface),
            "expected {t} {canon} ({surface}) in {got:?}"
        );
    }
    for a in absent {
        assert!(
            !got.iter().any(|(_, _, gs)| gs == a),
            "unexpected {a} in {got:?}"
        );
    }
}

#[test]
fn a_two_character_county_under_its_named_prefecture_is_that_county() {
    check(
        &["安阳市今年招商成绩亮眼,其中滑县新签约项目30个。"],
        0,
        &[("county", "滑县", "滑县")],
        &[],
    );
    // alone, a two-character name stays weak evidence
    check(&["记者从滑县相关部门获悉。"], 0, &[], &["滑县"]);
}

#[test]
fn a_wing_banner_goes_by_its_abbreviation() {
    check(
        &["察右后旗今年新签约项目30个。"],
        0,
        &[("county", "察哈尔右翼后旗", "察右后旗")],
        &[],
    );
}

#[test]
fn an_autonomous_county_goes_by_its_plain_name() {
    check(
        &["察布查尔县今年新签约项目30个，总投资50亿元。"],
        0,
        &[("county", "察布查尔", "察布查尔县")],
        &[],
    );
}

#[test]
fn a_place_whose_first_character_ends_a_word_is_no_place() {
    // 沿海/f 城市: not the city 海城市; 共建/v 宁海: not the county 建宁
    check(&["全面承接东部沿海城市优势产业转移。"], 0, &[], &["海城市"]);
    check(&["双方将共建宁海智能装备科创飞地。"], 0, &[], &["建宁"]);
    // and the short county gives way to the name that starts inside it
    check(
        &["双方将共建宁波海洋装备创新中心。"],
        0,
        &[("platform", "宁波海洋装备创新中心", "宁波海洋装备创新中心")],
        &["建宁"],
    );
    // a county's full name does not take over (武清/城区, not 清城区)
    check(&["位于武清城区西北部。"], 0, &[], &["清城"]);
    // under its province the place stands (浙江省长兴县, not 省长)
    check(
        &["浙江省长兴县新签约项目30个。"],
        0,
        &[("county", "长兴", "长兴县")],
        &[],
    );
}

#[test]
fn counties_with_codes_and_evidence() {
    check(
        &["桐庐县今年招商成绩亮眼。桐庐的企业加快转型。"],
        0,
        &[("county", "桐庐", "桐庐县"), ("county", "桐庐", "桐庐")],
        &[],
    );
    // a common-word short form needs evidence
    check(&["大好江山处处新景。"], 0, &[], &["江山"]);
    check(
        &["江山市推进工业强市。江山的企业很多。"],
        0,
        &[("county", "江山", "江山")],
        &[],
    );
    check(
        &["记者在开化采访时看到。"],
        0,
        &[("county", "开化", "开化")],
        &[],
    );
    // a locative before a common word is no cue when a noun goes on after it
    check(&["焊花在高台钢架上绽放。"], 0, &[], &["高台"]);
    // a park whose county is written in full and short is one park
    check(
        &["一期项目位于文成县东部产业新城。二期项目位于文成东部产业新城，总投资16亿元。"],
        0,
        &[
            ("park", "文成县东部产业新城", "文成县东部产业新城"),
            ("park", "文成县东部产业新城", "文成东部产业新城"),
        ],
        &[],
    );
    // a headline's place and year
    check(
        &["邹平2021年重点项目建设观摩评议活动举行。"],
        0,
        &[("county", "邹平", "邹平")],
        &[],
    );
    // officials listed by name: a given name is no district (王建华)
    check(
        &["县委书记王建华、县长陈新华出席签约仪式。王建华表示，要优化营商环境。县领导王建华、陈新华等参加。"],
        0,
        &[],
        &["建华", "新华"],
    );
    // a whole name that is also a county's (林西): after a title or before
    // what a speaker does, a person's in the whole document…
    check(
        &["县领导林西、陈新华出席签约仪式。林西、陈新华等来到项目现场。林西强调，要优化营商环境。"],
        0,
        &[],
        &["林西"],
    );
    // …as is one that opens a person's name after a bureau chief's title
    check(
        &["西藏发展特色产业。区工信局局长尼玛卓玛介绍，项目进展顺利。尼玛卓玛告诉记者，岚石食品有限公司已投产。谈到经验，尼玛卓玛表示，要优化服务。"],
        0,
        &[("firm", "岚石食品有限公司", "岚石食品有限公司")],
        &["尼玛"],
    );
    // …but the county where it is written under its parent
    check(
        &["山西省发展文旅产业。县长灵石出席。石膏山是山西灵石的一块风水宝地。"],
        0,
        &[("county", "灵石", "灵石")],
        &[],
    );
    // a district whose name is also a phrase (东区, 老城区) is the phrase,
    // unless written right after its prefecture
    check(
        &["星澜工业园分为东区和西区，在老城区设有展厅。"],
        0,
        &[],
        &["东区", "西区", "老城区"],
    );
    check(
        &["洛阳老城区发展文旅产业。"],
        0,
        &[("county", "老城", "老城区")],
        &[],
    );
    // a district name that reads as no phrase (城关区) is the district on
    // its own
    check(
        &["西藏发展特色产业。2025年城关区招商引资落实项目20个，岚石食品有限公司落户城关区。"],
        0,
        &[("county", "拉萨城关区", "城关区")],
        &[],
    );
    // so is such a district's short form (城西 of 城西区)
    check(
        &["该县围绕新城核心区和城西滨水区这两大片区，城北片区加快建设。"],
        0,
        &[],
        &["城西", "城北"],
    );
    // a province's name is the province, also next to a city with a
    // district of that name; a list makes no place of a common word
    check(
        &["北京的200多家企业和来自天津、河北的30个开发区进行洽谈。北京的科技资源、天津的制造业优势与河北的生产能力，正在三地重新配置。北京的外溢为天津、河北的产业发展提供了新机遇。河北共引进京津项目，占河北省同期引进资金的一半。"],
        0,
        &[("region", "河北省", "河北")],
        &["资源"],
    );
    // a county written right after its province is the county
    check(
        &["山西省发展文旅产业。石膏山是山西灵石的一块风水宝地。"],
        0,
        &[("county", "灵石", "灵石")],
        &[],
    );
    // a province right before its county's short form: each the other's
    // evidence, with no cue around them
    check(
        &["到年末，云南宜良把园区打造成千亿园区。"],
        0,
        &[("county", "宜良", "宜良"), ("region", "云南", "云南")],
        &[],
    );
    // a county of another province is no such evidence
    check(
        &["到年末，云南洪洞把园区打造成千亿园区。"],
        0,
        &[],
        &["洪洞"],
    );
    // a cue that ends another word is no cue (达到资源)
    check(&["项目达到资源综合利用的要求。"], 0, &[], &["资源"]);
    let ex = Extractor::new(UserLexicon::default());
    let out = run(&ex, &["磐安县加快发展。"]);
    let rec = out[0]
        .1
        .entities
        .iter()
        .find(|e| e.key.canonical == "磐安")
        .unwrap();
    assert_eq!(rec.attrs.admin_code.as_deref(), Some("330727"));
    assert_eq!(rec.attrs.parent.as_deref(), Some("金华"));
    assert!(rec.aliases.contains(&"磐安县".to_string()));
}

#[test]
fn names_inside_a_longer_name_count_only_when_also_alone() {
    // a park named only in its administration's name (rule 3)
    let park = "龙泉市溪口工业园区";
    check(
        &["龙泉市溪口工业园区管委会主任介绍了情况。"],
        0,
        &[],
        &[park],
    );
    check(
        &["龙泉市溪口工业园区管委会介绍，龙泉市溪口工业园区今年引进项目12个。"],
        0,
        &[("park", park, park)],
        &[],
    );
    // or only in its party committee's, from a job title
    check(
        &["马山经开区党工委副书记李明在会上介绍了园区规划。"],
        0,
        &[],
        &["马山经开区"],
    );
    // or its working committee's (工委)
    check(
        &["验收组同意通过验收。马山工业园区工委书记、管委会主任李明陪同验收。"],
        0,
        &[],
        &["马山工业园区"],
    );
    // a zone named only in its administration's name and in its branch
    // park's, named by a town
    let branch = "星澜产业转移工业园新塘分园";
    check(
        &["星澜产业转移工业园管委会主任介绍了情况。新项目位于星澜产业转移工业园新塘分园内。"],
        0,
        &[("park", branch, branch)],
        &["星澜产业转移工业园"],
    );
    // a research body named only as its unit's parent
    let unit = "浙江翊澜研究院智能装备创新中心";
    check(
        &["为浙江翊澜研究院智能装备创新中心揭牌。"],
        0,
        &[("platform", unit, unit)],
        &["浙江翊澜研究院"],
    );
}

#[test]
fn county_full_form_inside_a_name_is_evidence() {
    // 磐安县 only inside longer names; 磐安 alone later
    let texts =
        ["在磐安县中药材产业园，企业忙生产。磐安县委负责人介绍。所在的磐安，还引进了新项目。"];
    check(&texts, 0, &[("county", "磐安", "磐安")], &[]);
    // no full form anywhere: a risky short form stays unlinked
    check(&["大好江山处处新景。"], 0, &[], &["江山"]);
    // ambiguous short forms still need their own evidence
    check(
        &["江山市光电产业园开工。大好江山处处新景。"],
        0,
        &[],
        &["江山"],
    );
    // the park lies in its county, even when the county has no mention
    let ex = Extractor::new(UserLexicon::default());
    let out = run(&ex, &["在磐安县中药材产业园，企业忙生产。"]);
    let x = &out[0].1;
    let park = x
        .entities
        .iter()
        .find(|e| e.key.canonical == "磐安县中药材产业园")
        .expect("park");
    assert_eq!(park.attrs.county.as_deref(), Some("磐安"));
    assert!(x
        .entities
        .iter()
        .any(|e| e.key.canonical == "磐安" && e.key.etype == EntityType::County));
    assert!(!x.mentions.iter().any(|m| m.surface == "磐安"));
}

#[test]
fn a_two_character_county_opening_a_name_is_evidence() {
    // 泾县 alone twice, and once opening a park's name
    let texts =
        ["记者从泾县相关部门获悉。在泾县高新区翊澜创业园内，企业忙生产。泾县大力开展招商。"];
    check(&texts, 0, &[("county", "泾县", "泾县")], &[]);
}

#[test]
fn a_park_named_by_its_place_after_its_parent_is_one_name_unless_the_parent_stands_alone() {
    let whole = "值得关注的是，星澜科学城文成园区吸引了岚石集团等企业投资入驻。";
    check(
        &[whole],
        0,
        &[("park", "星澜科学城文成园区", "星澜科学城文成园区")],
        &["星澜科学城", "文成园区"],
    );
    let apart =
        "岚乔依托星澜经开区，打造产业集群。投资30亿元，在星澜经开区文成工业园建设电瓷产业园。";
    check(
        &[apart],
        0,
        &[
            ("park", "星澜经开区", "星澜经开区"),
            ("park", "文成工业园", "文成工业园"),
        ],
        &["星澜经开区文成工业园"],
    );
}

#[test]
fn a_zone_written_with_its_places_first_characters_is_the_zone_in_full() {
    let text = "广西马山经济开发区举行签约。广马经开区是当地重点开发区之一。";
    check(
        &[text],
        0,
        &[
            ("park", "广西马山经济开发区", "广西马山经济开发区"),
            ("park", "广西马山经济开发区", "广马经开区"),
        ],
        &[],
    );
}

#[test]
fn a_subsidiary_of_another_place_is_not_its_parent_and_keeps_its_project() {
    let text = "贵州星澜新能源电池材料有限公司年产10万吨项目开工。\n\n贵州星澜新能源材料项目一期\n\n贵州星澜新能源电池材料有限公司是湖南星澜新能源电池材料股份有限公司在文成注册的全资子公司。";
    let sub = "贵州星澜新能源电池材料有限公司";
    check(
        &[text],
        0,
        &[
            ("firm", sub, sub),
            ("firm", sub, "贵州星澜新能源材料"),
            (
                "firm",
                "湖南星澜新能源电池材料股份有限公司",
                "湖南星澜新能源电池材料股份有限公司",
            ),
        ],
        &[],
    );
}

#[test]
fn a_registered_firm_named_with_and_without_its_place_is_one() {
    let one = "在某县产业集聚区内，翊澜食品有限公司牛肉分割车间的生产流水线匀速移动。\n\n河南翊澜食品有限公司于2012年3月开工建设。";
    check(
        &[one],
        0,
        &[
            ("firm", "河南翊澜食品有限公司", "翊澜食品有限公司"),
            ("firm", "河南翊澜食品有限公司", "河南翊澜食品有限公司"),
        ],
        &[],
    );
    // with two places the bare name could be either firm: it stays apart
    let two = "翊澜食品有限公司投产。\n\n河南翊澜食品有限公司和贵州翊澜食品有限公司同日开工。";
    let out = run(&Extractor::new(UserLexicon::default()), &[two]);
    let bare = out[0]
        .1
        .mentions
        .iter()
        .find(|m| m.surface == "翊澜食品有限公司");
    assert!(
        bare.is_none_or(|m| m.entity.canonical == "翊澜食品有限公司"),
        "{bare:?}"
    );
}

#[test]
fn a_place_and_brand_join_the_registered_firm_of_that_place() {
    let text = "开工项目分别为河南星澜科技建设项目、翊欣实业化妆刷建设项目、湖北瑞澜轻型改装车生产项目。湖北瑞澜汽车制造有限公司负责人作了介绍。";
    check(
        &[text],
        0,
        &[
            ("firm", "湖北瑞澜汽车制造有限公司", "湖北瑞澜"),
            (
                "firm",
                "湖北瑞澜汽车制造有限公司",
                "湖北瑞澜汽车制造有限公司",
            ),
        ],
        &[],
    );
}

#[test]
fn project_firm_joins_the_registered_firm_with_its_brand() {
    let texts = ["投资20亿元的澜星新能源汽车电机项目落户，由宁波澜星动力科技有限公司投资建设。"];
    check(
        &texts,
        0,
        &[
            ("firm", "宁波澜星动力科技有限公司", "澜星新能源汽车电机"),
            (
                "firm",
                "宁波澜星动力科技有限公司",
                "宁波澜星动力科技有限公司",
            ),
        ],
        &[],
    );
    let out = run(&Extractor::new(UserLexicon::default()), &texts);
    let firms: HashSet<&str> = out[0]
        .1
        .mentions
        .iter()
        .filter(|m| m.entity.etype == EntityType::Firm)
        .map(|m| m.entity.canonical.as_str())
        .collect();
    assert_eq!(firms.len(), 1, "{firms:?}");
}

#[test]
fn park_county_attribute() {
    assert_eq!(
        county_in_name("浙江桐庐经济开发区").as_deref(),
        Some("桐庐")
    );
    assert_eq!(
        county_in_name("磐安县新材料产业园").as_deref(),
        Some("磐安")
    );
    assert_eq!(county_in_name("青峰智谷"), None);
}

#[test]
fn names_resolve_across_documents() {
    let texts = [
        "3月，浙江星澜光电材料有限公司在海宁投产。",
        "星澜光电的新工厂已经满负荷运行。",
        "今年的星澜光电材料订单增长。",
    ];
    check(
        &texts,
        1,
        &[("firm", "浙江星澜光电材料有限公司", "星澜光电")],
        &[],
    );
    check(
        &texts,
        2,
        &[("firm", "浙江星澜光电材料有限公司", "星澜光电材料")],
        &[],
    );
}

#[test]
fn a_county_since_turned_district_is_found_by_its_county_name() {
    check(
        &["今年以来,湟中县依托资源优势推进工业园区建设。"],
        0,
        &[("county", "湟中", "湟中县")],
        &[],
    );
    // as weak as its short form: a common word before 县 is no county
    check(
        &["两地结对以来,合作县的企业往来频繁。"],
        0,
        &[],
        &["合作", "合作县"],
    );
    // unless the document names the county's own bodies by that name
    check(
        &["丰满县委召开常委会议。近年来,丰满县坚持工业强县战略。"],
        0,
        &[("county", "丰满", "丰满县")],
        &[],
    );
}

#[test]
fn risky_short_names_need_evidence() {
    let texts = ["星澜集团投资建设新基地。星澜的订单充足。", "天空星澜闪烁。"];
    check(&texts, 0, &[("firm", "星澜集团", "星澜")], &[]);
    check(&texts, 1, &[], &["星澜"]);
}

#[test]
fn a_short_form_that_is_an_everyday_verb_needs_more_than_repeats() {
    let texts = ["岚石纺织有限公司新建厂房，星澜公司新建仓库，青屿公司新建道路。"];
    check(&texts, 0, &[], &["新建"]);
}

#[test]
fn a_districts_short_form_that_names_a_larger_region_needs_more_than_repeats() {
    let texts = ["中原小城记\n\n这座中原小城迎来良机。岚石鞋业将成为中原鞋都的龙头。"];
    check(&texts, 0, &[], &["中原"]);
}

#[test]
fn repeats_are_evidence_for_a_short_form_whose_other_reading_is_a_persons_name() {
    let texts = ["文成加快发展生态工业。文成引进岚石科技项目。文成正在建设产业平台。"];
    check(&texts, 0, &[("county", "文成", "文成")], &[]);
}

#[test]
fn a_park_named_only_in_its_bureaus_name_is_no_park_of_its_own() {
    let texts = ["南宁市副市长出席。岚溪经济开发区经发局局长、岚溪经济开发区招商局局长参加。"];
    check(&texts, 0, &[], &["岚溪经济开发区"]);
}

#[test]
fn a_firm_whose_place_is_written_in_full_and_short_is_one_firm() {
    let texts = ["县里与南宁市岚石药物研究开发有限公司等企业座谈。\n\n在工地上，南宁岚石药物研究开发有限公司经理说。"];
    check(
        &texts,
        0,
        &[(
            "firm",
            "南宁市岚石药物研究开发有限公司",
            "南宁岚石药物研究开发有限公司",
        )],
        &[],
    );
}

#[test]
fn a_county_opening_a_park_after_its_province_is_evidence_for_its_short_form() {
    let texts = [
        "广西马山经济开发区依托马山的资源优势发展产业。",
        "广西马山经济开发区结合马山区位优势发展产业。",
    ];
    for i in 0..texts.len() {
        check(&texts, i, &[("county", "马山", "马山")], &[]);
    }
}

#[test]
fn quoted_and_separated_platforms() {
    let texts = [
        "企业在“浙里帮”平台上提交诉求。",
        "青峰之城——智能绿谷开园。“青峰之城·智能绿谷”吸引企业。",
    ];
    check(&texts, 0, &[("platform", "浙里帮平台", "浙里帮")], &[]);
    let out = run(&Extractor::new(UserLexicon::default()), &texts);
    let ents: HashSet<String> = out[1]
        .1
        .mentions
        .iter()
        .map(|m| m.entity.canonical.clone())
        .collect();
    assert_eq!(ents.len(), 1, "{ents:?}");
}

#[test]
fn user_lexicon_adds_merges_and_vetoes() {
    let user = UserLexicon::parse("云帆\tfirm\t云帆智造有限公司\n浙里帮平台\tstop\n").unwrap();
    let ex = Extractor::new(user);
    let texts = ["云帆今年产值翻番。企业在“浙里帮”平台上提交诉求。"];
    check_with(
        &ex,
        &texts,
        0,
        &[("firm", "云帆智造有限公司", "云帆")],
        &["浙里帮平台", "浙里帮"],
    );
}

#[test]
fn odd_input_yields_no_empty_or_bare_suffix_names_and_offsets_hold() {
    let ex = Extractor::new(UserLexicon::default());
    let texts = [
        "",
        "（）()“”公司有限公司集团平台",
        "ＡＢＣ有限公司、、、等企业",
        "与合作",
        "𠀀𠀁有限公司 ☃ 产业园\u{0}",
        "(浙江)有限公司",
        "等一批企业",
    ];
    let bare = ["", "公司", "有限公司", "集团", "平台", "产业园", "企业"];
    for (d, x) in run(&ex, &texts) {
        for m in &x.mentions {
            let written = d.written(m);
            assert_eq!(written, m.surface, "{}", d.file_name);
            assert!(
                !bare.contains(&m.surface.as_str()),
                "{}: a bare suffix or nothing was taken for a name: {m:?}",
                d.file_name
            );
        }
    }
    // full-width Latin letters read as ASCII: ＡＢＣ有限公司 is a firm
    let out = run(&ex, &["ＡＢＣ有限公司今年投产。"]);
    assert!(
        out[0]
            .1
            .mentions
            .iter()
            .any(|m| m.surface == "ＡＢＣ有限公司"),
        "{:?}",
        out[0].1.mentions
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
    #[test]
    fn random_text_never_panics_and_offsets_hold(
        a in "[公司集团有限股份平台产业园区县市镇浙江杭州桐庐（）()“”「」、，。等与和合作的项目星澜云帆A-Za-z0-9·—\\n]{0,80}",
        b in "\\PC{0,40}",
    ) {
        let ex = Extractor::new(UserLexicon::default());
        let text = format!("{a}{b}{a}");
        for (d, x) in run(&ex, &[&text, &a]) {
            for m in &x.mentions {
                proptest::prop_assert_eq!(d.written(m), m.surface.clone());
            }
        }
    }
}

#[test]
fn a_stray_space_inside_a_name_does_not_split_it() {
    for space in [" ", "\u{a0}", "\u{3000}"] {
        let surface = format!("青岚{space}光电科技有限公司");
        let text = format!("{surface}今年在翠微县投产新生产线。");
        check_with(
            &Extractor::new(UserLexicon::default()),
            &[text.as_str()],
            0,
            &[("firm", "青岚光电科技有限公司", surface.as_str())],
            &[],
        );
    }
}

#[test]
fn spaces_between_words_of_a_headline_or_byline_join_nothing() {
    let ex = Extractor::new(UserLexicon::default());
    let out = run(
        &ex,
        &["山海协作 翠微县新材料产业园开工 记者 王青岚 翠微日报记者 李明"],
    );
    let names: Vec<String> = found(&out[0].1).into_iter().map(|(_, n, _)| n).collect();
    assert!(names.iter().all(|n| !n.contains("山海协作")), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("王青岚")), "{names:?}");
    // a zone's bare suffix after the space opens the headline's next clause
    let out = run(
        &ex,
        &["星澜公共服务平台主体建筑即将封顶 高新区将加强服务和管理"],
    );
    let names: Vec<String> = found(&out[0].1).into_iter().map(|(_, n, _)| n).collect();
    assert!(names.iter().all(|n| !n.contains("封顶")), "{names:?}");
}

#[test]
fn a_county_short_form_before_a_suffix_not_its_own_is_no_place() {
    // 合作 is 合作市 (Gansu); 合作区 is a zone's short name
    check(
        &["上级在合作区内批设了星澜出口加工区和星澜互市贸易区。合作区发展迅速。"],
        0,
        &[
            ("park", "星澜出口加工区", "星澜出口加工区"),
            ("park", "星澜互市贸易区", "星澜互市贸易区"),
        ],
        &["合作"],
    );
    check(
        &["甘肃合作市今年新签约项目30个。"],
        0,
        &[("county", "合作", "合作市")],
        &[],
    );
}

#[test]
fn a_county_short_form_under_its_named_prefecture_in_any_province() {
    check(
        &["九江市推进产业转移。先是分出了瑞昌,却让瑞昌成为市。"],
        0,
        &[("county", "瑞昌", "瑞昌")],
        &[],
    );
    // the prefecture sharing the short form is the place meant
    let text = "新闻时刻南昌12月18日讯(记者 王明)。今天上午,南昌市产业项目集中签约开工仪式举行。南昌市委常委宣布项目集中开工。";
    let out = run(&Extractor::new(UserLexicon::default()), &[text]);
    let counties: Vec<_> = found(&out[0].1)
        .into_iter()
        .filter(|(t, _, _)| *t == EntityType::County)
        .collect();
    assert!(counties.is_empty(), "{counties:?}");
}

#[test]
fn a_place_whose_last_character_opens_a_word_is_no_place() {
    // 中原区 (郑州) before 域, 义乌市 before 场
    check(
        &["会上,某某工程局集团中原区域指挥部执行总经理介绍了项目。义乌市场主体活跃。"],
        0,
        &[],
        &["中原区", "义乌市"],
    );
    check(
        &["项目落户中原区,义乌市发来贺电。"],
        0,
        &[("county", "中原", "中原区")],
        &[],
    );
}

#[test]
fn medical_aesthetics_is_an_industry_joined_into_one_park() {
    let text = "岙川县建设星澜检测中心、康复器械及医美产业园等多个医药产业项目。";
    check(
        &[text],
        0,
        &[("park", "康复器械及医美产业园", "康复器械及医美产业园")],
        &["医美产业园"],
    );
}

#[test]
fn a_district_named_as_the_county_level_city_it_was_is_that_district() {
    // 吴江市 became 吴江区: older articles and firms registered then keep 市
    let text = "公司在吴江市盛泽镇设立新厂。吴江市星澜丝绸有限公司是首家出口企业,\
                星澜丝绸有限公司总投资2亿元。";
    check(
        &[text],
        0,
        &[
            ("county", "吴江", "吴江市"),
            ("firm", "吴江市星澜丝绸有限公司", "星澜丝绸有限公司"),
        ],
        &[],
    );
}

#[test]
fn a_short_form_that_opens_a_longer_word_is_no_place() {
    // 白云石 (dolomite) holds 白云 (a district's short form), 玄武岩
    // (basalt) 玄武
    let text = "做强安徽省玄武岩先进材料产业,打造“国内一流”的玄武岩纤维先进材料产业,\
                使六安玄武岩纤维先进材料产业成为全省标志性产业。星澜矿业公司年产白云石粉。";
    check(&[text], 0, &[], &["白云", "玄武"]);
    check(
        &["项目落户白云区。"],
        0,
        &[("county", "广州白云区", "白云区")],
        &[],
    );
    // a longer place jieba knows (五台山/ns, a mountain) opened by a
    // county's name is that place, even where the county's prefecture is
    // named; under its parent (宁波象山港) the county stays
    check(
        &["忻州市、太原市相关领导出席推介会。发挥五台山资源禀赋，做大做强文旅产业。"],
        0,
        &[("region", "忻州", "忻州市")],
        &["五台"],
    );
    check(
        &["宁波象山港区域的星澜食品有限公司投产。"],
        0,
        &[("county", "象山县", "象山")],
        &[],
    );
}

#[test]
fn a_short_form_opening_a_roads_name_is_no_place() {
    // streets are named after places anywhere in the country
    let text = "项目位于岳西路以东,东岙路以北,原星澜机械厂区内。";
    check(&[text], 0, &[], &["岳西"]);
    check(
        &["项目落户岳西,总投资3亿元。"],
        0,
        &[("county", "岳西", "岳西")],
        &[],
    );
    // a district written right after its city is no road
    check(
        &["台州路桥区的企业。"],
        0,
        &[("county", "路桥", "路桥区")],
        &[],
    );
    // nor is a bay named after the place on its shore a place
    check(
        &["新码头建在马山湾北岸，年吞吐量可达百万吨。马山湾沿岸还有两座渔港。"],
        0,
        &[],
        &["马山"],
    );
    check(
        &["项目落户马山，总投资3亿元。"],
        0,
        &[("county", "马山", "马山")],
        &[],
    );
}

#[test]
fn a_bare_yuanqu_names_the_park_it_fits() {
    let text = "岳西东岙科技园今年引进项目10个。东岙园区建设扎实、超出预期。";
    check(&[text], 0, &[("park", "岳西东岙科技园", "东岙园区")], &[]);
}

#[test]
fn no_firm_spans_the_dot_of_a_partner_and_a_place() {
    check(
        &["星澜网新·岳西新一代信息技术科创产业园项目总投资约4亿元。此次岳西县与星澜网新集团携手打造科创园。"],
        0,
        &[
            ("park", "星澜网新·岳西新一代信息技术科创产业园", "星澜网新·岳西新一代信息技术科创产业园"),
            ("firm", "星澜网新集团", "星澜网新集团"),
        ],
        &["星澜网新·岳西新一代信息技术"],
    );
}

#[test]
fn a_common_word_from_inside_a_short_form_across_its_end_is_no_place() {
    check(
        &["岳西县实施工业强县战略，全力以赴建平台、优环境、招项目。"],
        0,
        &[("county", "岳西", "岳西县")],
        &["建平"],
    );
}

/// A registered name written once with its province and twice without
/// (two rules propose the bare one) is one firm, and so is its short form.
#[test]
fn every_proposal_of_a_firm_named_without_its_place_is_the_placed_firm() {
    let text = "贵州星澜纸业有限公司是当地轻工业的代表。在星澜纸业的检测中心,工作人员正在检测纸巾。\n星澜纸业有限公司质检部经理 张春\n星澜纸业有限公司质检部经理张春告诉记者检测很严格。\n星澜纸业有限公司董事长助理 郑新";
    check(
        &[text],
        0,
        &[
            ("firm", "贵州星澜纸业有限公司", "星澜纸业"),
            ("firm", "贵州星澜纸业有限公司", "星澜纸业有限公司"),
        ],
        &[],
    );
}

#[test]
fn a_county_opening_a_park_name_is_evidence_for_its_short_form_alone() {
    // 柳城 (Guangxi) is risky alone: outside the home province
    check(
        &["柳城经济开发区新签约项目12个。园区是柳城融入都市圈的跳板。"],
        0,
        &[("county", "柳城", "柳城")],
        &[],
    );
    check(&["园区是柳城融入都市圈的跳板。"], 0, &[], &["柳城"]);
}

#[test]
fn a_place_opening_a_news_outlet_name_is_the_outlet() {
    check(
        &["柳城日报记者 李明\n柳城经济开发区新签约项目12个。"],
        0,
        &[],
        &["柳城"],
    );
}

#[test]
fn a_platform_named_with_kechuang_is_the_one_named_in_full() {
    check(
        &["泰顺县科技创新中心成功创建国家级孵化器。2019年,泰顺县科创中心被认定为示范基地。"],
        0,
        &[
            ("platform", "泰顺县科技创新中心", "泰顺县科技创新中心"),
            ("platform", "泰顺县科技创新中心", "泰顺县科创中心"),
        ],
        &[],
    );
}

#[test]
fn a_district_named_new_area_after_its_city_is_the_district() {
    // jieba holds 上海浦东新区 as one place word
    check(
        &["假期后的首个工作日,上海浦东新区落地了一系列重大项目。"],
        0,
        &[("county", "浦东", "浦东新区")],
        &["上海浦东新区"],
    );
}

#[test]
fn a_park_named_only_in_its_construction_office_is_no_park_of_its_own() {
    check(
        &["岚溪科学城建设管理办公室与星澜集团签署框架协议。"],
        0,
        &[],
        &["岚溪科学城"],
    );
    check(
        &["岚溪科学城建设管理办公室与星澜集团签署框架协议。岚溪科学城位于城南。"],
        0,
        &[("park", "岚溪科学城", "岚溪科学城")],
        &[],
    );
}

#[test]
fn a_short_form_is_the_county_the_document_wrote_in_full() {
    // 东山 is a county of Fujian and a district of Heilongjiang
    check(
        &["东山县岚溪木业有限公司与星澜集团签约。\n东山新闻立足宣传东山、服务东山。"],
        0,
        &[("county", "东山县", "东山")],
        &[],
    );
}

#[test]
fn a_registered_name_in_a_list_ends_at_its_suffix_before_what_sums_the_list_up() {
    let s = "该区发挥产业集群优势,招引岚石集团、青屿家俱集团、星澜地板、岚溪交投集团、广东屿澜、星屿食品有限公司等央企、国企及行业领军企业入驻。";
    check(
        &[s],
        0,
        &[("firm", "星屿食品有限公司", "星屿食品有限公司")],
        &["星屿食品有限公司等央企"],
    );
}

#[test]
fn a_zone_named_after_a_town_is_one_park_with_and_without_its_county() {
    let s = "泰顺县岚坡经济技术开发区集中签约项目4个。预计本次展会，岚坡开发区签约项目19个。";
    check(
        &[s],
        0,
        &[
            ("park", "泰顺县岚坡经济技术开发区", "岚坡开发区"),
            (
                "park",
                "泰顺县岚坡经济技术开发区",
                "泰顺县岚坡经济技术开发区",
            ),
        ],
        &[],
    );
}

#[test]
fn a_group_is_not_merged_into_a_registered_firm_that_is_not_the_group() {
    let s = "岚乔(浙江)体育有限公司生产车间一派繁忙。这家由岚乔集团投资的企业年产运动鞋500万双。";
    check(
        &[s],
        0,
        &[
            ("firm", "岚乔(浙江)体育有限公司", "岚乔(浙江)体育有限公司"),
            ("firm", "岚乔集团", "岚乔集团"),
        ],
        &[],
    );
}

#[test]
fn registered_firms_of_one_brand_in_two_places_are_two_firms() {
    let s =
        "阿克苏岚美纺织科技有限公司是由浙江星屿股份有限公司和江苏岚美纺织有限公司联合投资新建。";
    check(
        &[s],
        0,
        &[
            (
                "firm",
                "阿克苏岚美纺织科技有限公司",
                "阿克苏岚美纺织科技有限公司",
            ),
            ("firm", "江苏岚美纺织有限公司", "江苏岚美纺织有限公司"),
        ],
        &[],
    );
}

#[test]
fn a_park_opened_by_a_developers_brand_is_named_from_its_place_too() {
    check(
        &["总投资7亿元的岚映基业泾县中小企业孵化园项目开工。新开工的泾县中小企业孵化园项目总占地388亩。"],
        0,
        &[(
            "park",
            "岚映基业泾县中小企业孵化园",
            "泾县中小企业孵化园",
        )],
        &[],
    );
}

#[test]
fn a_listed_short_name_of_place_and_trade_before_company_is_a_firm() {
    // the place and the trade alone name a kind of firm (generic); as a
    // listed firm's short name they name that firm
    let text = "标题\n\n园区引进山东钢铁公司、岚石新材料公司与青屿光电公司共建研发中心。";
    check(&[text], 0, &[("firm", "山东钢铁公司", "山东钢铁公司")], &[]);
}

#[test]
fn a_firm_inside_a_platforms_name_counts_only_among_projects_or_as_a_company() {
    // rule 3: a name inside a longer one is no entity of its own ...
    let text = "标题\n\n马山县集聚了岚石技术研究院、片仔癀中药研究院等新型研发机构。";
    check(
        &[text],
        0,
        &[("platform", "片仔癀中药研究院", "片仔癀中药研究院")],
        &["片仔癀"],
    );
    // ... rule 6: unless the platform is counted among projects
    let text = "标题\n\n岚石创新中心、片仔癀中药研究院等一批项目加速推进。";
    check(&[text], 0, &[("firm", "片仔癀", "片仔癀")], &[]);
    // ... or the firm's name says it is a company's (某某集团, 某某公司)
    let text = "标题\n\n马山县拥有1个国家级工程研究中心(广西岚石集团特种电缆联合工程研究中心)。";
    check(&[text], 0, &[("firm", "广西岚石集团", "广西岚石集团")], &[]);
}

#[test]
fn a_county_a_parks_name_gives_in_brackets_is_named_on_its_own_too() {
    let text =
        "标题\n\n南宁青秀(紫金)产业转移工业园规上企业22家。园区打造紫金经济高质量发展新引擎。";
    check(&[text], 0, &[("county", "紫金", "紫金")], &[]);
}

#[test]
fn a_place_given_only_inside_a_titles_brackets_is_no_entity() {
    let text = "标题\n\n园区发布《加快马山县科技创新奖励办法》,落实500万元奖励资金。";
    check(&[text], 0, &[], &["马山县"]);
    // named elsewhere too, the county keeps the mention in the title
    let text = "标题\n\n马山县发布《加快马山县科技创新奖励办法》,落实500万元奖励资金。";
    check(&[text], 0, &[("county", "马山", "马山县")], &[]);
}

#[test]
fn a_platform_named_again_without_its_place_is_one_platform() {
    let text = "标题\n\n马山县青屿创新中心正式启用。目前,青屿创新中心已入驻企业12家。";
    check(
        &[text],
        0,
        &[("platform", "马山县青屿创新中心", "青屿创新中心")],
        &[],
    );
}

#[test]
fn a_place_and_its_state_investment_kind_name_the_company() {
    check(
        &["今年南宁城投集团完成投资20亿元。南宁城投着力提升基础设施建设。"],
        0,
        &[("firm", "南宁城投集团", "南宁城投")],
        &["南宁"],
    );
}

#[test]
fn a_firm_inside_a_parks_name_before_its_phase_and_project_counts() {
    check(
        &["标题\n在岚乔速递集团马山总部供应链产业园(一期)项目建设现场，工人正忙。\n岚乔速递集团马山总部供应链产业园的入驻，将带动当地物流。"],
        0,
        &[("firm", "岚乔速递集团", "岚乔速递集团")],
        &[],
    );
}

#[test]
fn a_firms_name_found_only_inside_a_longer_one_is_that_name_cut_short() {
    check(
        &["标题\n在极猫速递集团马山总部供应链产业园(一期)项目建设现场，工人正忙。\n极猫速递集团马山总部供应链产业园的入驻，将带动当地物流。"],
        0,
        &[("firm", "极猫速递集团", "极猫速递集团")],
        &["猫速递集团"],
    );
}

#[test]
fn the_name_a_park_is_given_is_another_name_of_that_park() {
    let text = "标题\n\n该市认定马山青屿产业园为省级高新技术产业园区,同时命名为“南宁市岚石高新技术产业园区”。";
    check(
        &[text],
        0,
        &[
            ("park", "马山青屿产业园", "马山青屿产业园"),
            ("park", "马山青屿产业园", "南宁市岚石高新技术产业园区"),
        ],
        &[],
    );
}

#[test]
fn an_autonomous_countys_plain_name_is_the_county_though_its_short_form_is_a_word() {
    let text = "标题\n\n通道县搭建全方位服务体系,设立专门服务团队。";
    check(&[text], 0, &[("county", "通道", "通道县")], &[]);
}

#[test]
fn a_parks_part_is_its_own_park_where_its_parent_is_named_alone() {
    let text = "标题\n\n这里是马山经济技术开发区(以下简称“经开区”)岚溪片区。这里是马山经开区星澜片区广西岚石新能源材料有限公司年产5万吨项目厂区。";
    check(
        &[text],
        0,
        &[
            ("park", "岚溪片区", "岚溪片区"),
            ("park", "星澜片区", "星澜片区"),
            ("park", "马山经济技术开发区", "马山经开区"),
        ],
        &["马山经开区星澜片区"],
    );
}

#[test]
fn a_parks_part_stays_one_name_with_a_parent_named_nowhere_else() {
    let text = "标题\n\n马山产业集聚区星澜分区加快建设,星澜分区已落户企业20家。";
    check(
        &[text],
        0,
        &[
            ("park", "马山产业集聚区星澜分区", "马山产业集聚区星澜分区"),
            ("park", "马山产业集聚区星澜分区", "星澜分区"),
        ],
        &[],
    );
}

#[test]
fn a_short_form_opening_one_registered_name_is_that_firm() {
    let text = "标题\n\n书记深入岚石机械、星澜纤维、青屿工矿等企业调研。在星澜纤维素有限公司,书记察看了车间。甘肃青屿工矿山支护科技有限公司是一家科技型企业。";
    check(
        &[text],
        0,
        &[
            ("firm", "星澜纤维素有限公司", "星澜纤维"),
            ("firm", "甘肃青屿工矿山支护科技有限公司", "青屿工矿"),
        ],
        &[],
    );
}

#[test]
fn a_strategic_region_before_a_trade_names_no_firm() {
    let project = "标题\n\n园区内岚石控股投资60亿元的大湾区新型环保建材基地项目规划选址已完成。";
    let elsewhere = "标题\n\n马山县主动对接粤港澳大湾区,承接产业转移。";
    check(
        &[project, elsewhere],
        0,
        &[],
        &["大湾区新型环保建材", "大湾区"],
    );
    check(&[project, elsewhere], 1, &[], &["大湾区"]);
}

#[test]
fn a_town_the_document_names_before_a_trade_is_the_towns_trade_not_a_firm() {
    let doc = "标题\n\n马山县依托马山袜业、杜二堡鞋业等现有产业基础,在杜二堡镇打造产业基地。星澜鞋业有限公司落户杜二堡镇。";
    check(
        &[doc],
        0,
        &[("firm", "星澜鞋业有限公司", "星澜鞋业有限公司")],
        &["杜二堡鞋业"],
    );
}

#[test]
fn a_brand_and_a_common_trade_name_the_firm_of_a_project() {
    // 石材, 水泥, 铸造…: trades as common in firms' names as 建材
    check(
        &["岚石县签约1.5亿元的星澜石材矿山综合开发利用项目。"],
        0,
        &[("firm", "星澜石材", "星澜石材")],
        &[],
    );
    // 海洋工程 (海工) is a trade: with its equipment it names an industry,
    // and after a brand it makes the firm's short name (某某海工)
    check(
        &["打造纺织服装、海洋工程装备等6条产业链。签约星澜文创产业体系项目、青屿海工装备项目等11个项目。"],
        0,
        &[("firm", "青屿海工", "青屿海工装备")],
        &["海洋工程装备"],
    );
}
