//! Unit tests of the sentence grammars, one kind of name each.

use super::*;

proptest::proptest! {
    /// An item's kind is that of the longest listed suffix it ends with,
    /// even where a scan from the left reads another suffix across it
    /// (物流园 across 园区 in 现代物流园区).
    #[test]
    fn an_items_kind_is_its_longest_suffixs(
        it in "[岚石现代物流园区产业中心研究院有限公司]{0,10}",
    ) {
        let table = &*SUFFIXES;
        let longest = table
            .kind_of
            .iter()
            .filter(|(suffix, _)| it.ends_with(*suffix))
            .max_by_key(|(suffix, _)| suffix.len())
            .map(|(_, kind)| *kind);
        proptest::prop_assert_eq!(suffix_kind(&it), longest);
    }
}

#[test]
fn a_park_suffix_overlapped_by_a_shorter_one_still_types_the_item() {
    assert_eq!(suffix_kind("岚石现代物流园区"), Some(Kind::Park));
}

proptest::proptest! {
    /// The index of earlier names answers what asking every candidate
    /// found so far answers: a name ending an item, the parks in a
    /// stretch of text and where their first occurrences end.
    #[test]
    fn earlier_names_answer_as_every_candidate(
        found in proptest::collection::vec(("[甲乙园区]{1,4}", proptest::bool::ANY), 0..12),
        split in 0usize..12,
        text in "[甲乙园区、]{0,16}",
    ) {
        let cands: Vec<Cand> = found
            .iter()
            .map(|(name, park)| Cand {
                etype: if *park { EntityType::Park } else { EntityType::Firm },
                name: name.clone(),
                aliases: Vec::new(),
                observed: Vec::new(),
                nested_in: None,
            })
            .collect();
        let mut earlier = EarlierNames::default();
        earlier.add(&cands[..split.min(cands.len())]);
        let f = earlier.with(&cands);
        proptest::prop_assert_eq!(
            f.some_name_ends(&text),
            cands.iter().any(|c| text.ends_with(c.name.as_str()))
        );
        let parks = cands.iter().filter(|c| c.etype == EntityType::Park);
        let mut want: Vec<&str> = parks
            .clone()
            .filter(|c| text.contains(c.name.as_str()))
            .map(|c| c.name.as_str())
            .collect();
        let mut got: Vec<&str> = f.parks_in(&text).into_iter().map(|(_, n)| n).collect();
        want.sort_unstable();
        want.dedup();
        got.sort_unstable();
        got.dedup();
        proptest::prop_assert_eq!(got, want);
        proptest::prop_assert_eq!(
            f.parks_in(&text).into_iter().map(|(i, n)| i + n.len()).max(),
            parks.filter_map(|c| text.find(c.name.as_str()).map(|i| i + c.name.len())).max()
        );
    }
}

fn names(input: &str) -> Vec<(EntityType, String)> {
    let mut out = Vec::new();
    sentence_names(input, &mut out);
    out.into_iter().map(|c| (c.etype, c.name)).collect()
}

/// Every form the grammar gives the names of `input`: names and aliases.
fn forms_of_names(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    sentence_names(input, &mut out);
    out.into_iter()
        .flat_map(|c| std::iter::once(c.name).chain(c.aliases))
        .collect()
}

fn check(input: &str, expected: &[(&str, &str)]) {
    let got = names(input);
    for (t, n) in expected {
        let t: EntityType = t.parse().unwrap();
        assert!(
            got.iter().any(|(gt, gn)| *gt == t && gn == n),
            "{input}: expected {t} {n}, got {got:?}"
        );
    }
}

fn check_absent(input: &str, absent: &[&str]) {
    let got = names(input);
    for n in absent {
        assert!(
            !got.iter().any(|(_, gn)| gn == n),
            "{input}: unexpected {n} in {got:?}"
        );
    }
}

#[test]
fn a_list_summed_up_as_industries_names_no_firm() {
    check_absent(
        "园区聚集了一大批为之配套的电子信息、光电显示、高端装备制造、厨卫配套等产业的相关企业。",
        &["光电显示", "厨卫配套"],
    );
    check_absent(
        "园区聚集了光电显示、厨卫配套等产业相关企业。",
        &["光电显示", "厨卫配套"],
    );
}

#[test]
fn a_computing_centre_in_a_list_of_projects_is_a_platform_not_a_firm() {
    let text = "签约项目既有新能源氢能、南宁智算中心(马山)AIGC共创等外引项目。";
    check(text, &[("platform", "南宁智算中心(马山)")]);
    check_absent(text, &["南宁智算"]);
}

#[test]
fn a_list_closed_by_a_project_of_making_names_products() {
    check_absent(
        "岚石工具有限公司优质合金钻头、镐钎等五金工具系列制造项目。",
        &["镐钎", "优质合金钻头"],
    );
    check(
        "岚石工具有限公司优质合金钻头、镐钎等五金工具系列制造项目。",
        &[("firm", "岚石工具有限公司")],
    );
}

#[test]
fn a_count_of_great_groups_names_no_firm() {
    check_absent(
        "全力配合星澜石化、东岙能源两大集团的勘探开发。",
        &["东岙能源两大集团", "两大集团"],
    );
}

#[test]
fn two_builders_joined_by_and_are_two_names() {
    let mut out = Vec::new();
    sentence_names("其中,由星澜投资集团和翊欣集团投资百亿。", &mut out);
    let forms: Vec<&String> = out
        .iter()
        .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases))
        .collect();
    assert!(forms.iter().any(|f| *f == "星澜投资集团"), "{forms:?}");
    assert!(!forms.iter().any(|f| f.contains("集团和")), "{forms:?}");
    // jieba glued 和 to the second (和翊欣/nr): after a firm's name it joins
    check(
        "星澜投资集团和翊欣集团签署合作协议。",
        &[("firm", "翊欣集团")],
    );
    check_absent("星澜投资集团和翊欣集团签署合作协议。", &["和翊欣集团"]);
}

#[test]
fn counted_firm_lists_in_government_style() {
    // 户 counts firms as 家 does; the firms counted may follow in brackets,
    // and 和 joins the last item
    check(
        "园区目前拥有星澜、东岙和翊澜等11户(星澜、东岙、翊澜、宏大、青松)高新技术项目企业。",
        &[
            ("firm", "星澜"),
            ("firm", "东岙"),
            ("firm", "翊澜"),
            ("firm", "宏大"),
            ("firm", "青松"),
        ],
    );
    // the last conjunction joins the items; one inside an item joins
    // what it makes
    check(
        "园区拥有翊澜、东岙电器及配件和星澜科技等企业。",
        &[("firm", "翊澜"), ("firm", "星澜科技")],
    );
    // a common verb before the first item is the clause's
    check(
        "今年还将退出新宁海、翊澜等4家钢铁企业限制类装备。",
        &[("firm", "新宁海"), ("firm", "翊澜")],
    );
    // two trades joined by 、 between the count and the head
    check(
        "陆续关停了星澜、岙川、星翎等9家钢铁、焦化企业。",
        &[("firm", "星澜"), ("firm", "岙川"), ("firm", "星翎")],
    );
}

#[test]
fn a_word_opening_a_clause_is_no_part_of_the_name_after_it() {
    // 如 of an example, glued by jieba to the name after it
    check(
        "园区内有一些龙头企业,如翊澜奥特集团、东岙集团等均把总部放在了本地。",
        &[("firm", "翊澜奥特集团")],
    );
    check_absent(
        "园区内有一些龙头企业,如翊澜奥特集团、东岙集团等均把总部放在了本地。",
        &["如翊澜奥特集团"],
    );
    // 落实 (jieba: an adjective) introduces the firm whose project it is
    check(
        "依托丰富的风力资源,积极落实星澜能源集团总投资30亿元的风电项目。",
        &[("firm", "星澜能源集团")],
    );
}

#[test]
fn having_after_a_pronoun_is_no_part_of_the_name_after_it() {
    // jieba glues 有 to the name (这里有临/v 婺, 这里有翊杭/nr)
    for (s, park) in [
        ("这里有临婺高端装备制造工业园。", "临婺高端装备制造工业园"),
        ("这里有翊杭高端装备制造工业园。", "翊杭高端装备制造工业园"),
    ] {
        check(s, &[("park", park)]);
    }
}

#[test]
fn firms_named_by_cue_without_a_suffix() {
    check(
        "涌现出青澜电瓷等国家及省级专精特新“小巨人”企业22家。",
        &[("firm", "青澜电瓷")],
    );
    check_absent("站房的幕墙也全是公司产品。", &["全是公司"]);
    // a project list's first item: its product (智慧移动建筑) neither
    // opens the list nor lengthens the brand
    check(
        "青岚美筑智慧移动建筑、星澜科技半导体设备等12个项目建成投产。",
        &[("firm", "青岚美筑")],
    );
    check_absent(
        "青岚美筑智慧移动建筑、星澜科技半导体设备等12个项目建成投产。",
        &["青岚美筑智慧", "建筑"],
    );
    check(
        "形成以翊澜为龙头的汽车产业、以TCW为龙头的家电产业。",
        &[("firm", "翊澜"), ("firm", "TCW")],
    );
    check(
        "拥有行业龙头企业“澄翊”，以及“汭峰”“琮昊”等一批专精特新企业。",
        &[("firm", "澄翊"), ("firm", "汭峰"), ("firm", "琮昊")],
    );
    check("今年，鑫锐铝业把握机遇扩大产能。", &[("firm", "鑫锐铝业")]);
    check(
        "浙江翊澜农商银行发放贷款。",
        &[("firm", "浙江翊澜农商银行")],
    );
    check_absent("多家商业银行参与。", &["商业银行"]);
    check_absent(
        "中国人民银行今天发布报告，世界银行也作了评估。",
        &["中国人民银行", "世界银行"],
    );
    check_absent(
        "第二种是生产割草机、油锯等以园林工具为主的企业。",
        &["割草机", "油锯"],
    );
    // 围绕 is no verb of making: the firms it points to are firms
    check(
        "围绕星澜数码、翊欣稀土等一批现有骨干企业招引配套项目。",
        &[("firm", "星澜数码"), ("firm", "翊欣稀土")],
    );
    // a list of what a district makes, under a firm list's cue
    check_absent(
        "目前，该区已拥有变压器、整流器、互感器、电容器、开关、成套控制设备等规模企业150家。",
        &["变压器", "整流器", "开关", "成套控制设备"],
    );
    // a kind of firm after a count or 的 describes one; 建厂 is an act
    check_absent(
        "走访了720家跨国公司地区总部，还有一家外贸公司落户，计划在中国建厂。",
        &["跨国公司", "外贸公司", "中国建厂"],
    );
    check(
        "落地5家企业，位于该县的浙江光明精密机械有限公司投产。",
        &[("firm", "浙江光明精密机械有限公司")],
    );
    // brands and makers sum up a list of firms too
    check(
        "鑫锐、汭峰等30多家国际著名工程机械品牌将入驻园区。",
        &[("firm", "鑫锐"), ("firm", "汭峰")],
    );
    // a count sums up a list without 等
    check(
        "分别考察了鑫锐铝业、汭峰快递两家知名企业。",
        &[("firm", "汭峰快递")],
    );
    check_absent("今年落地5家企业。", &["落地"]);
    check_absent("将关闭、改造、搬迁或转产134家化工企业。", &["关闭", "改造"]);
    // 以及 joins a list's items as 、 does
    check(
        "目前，园区主干道、产业主干道、新能源产业园以及星澜、翊澜、鑫锐等冶金企业共15个项目开工。",
        &[("firm", "星澜"), ("firm", "翊澜")],
    );
    // the kinds of one trade listed are no brands
    check_absent(
        "积极发展科技金融、绿色金融、普惠金融、养老金融、数字金融。",
        &["普惠金融", "养老金融"],
    );
    // firms a place opens, listed with one trade, are no kinds of it
    check(
        "参加开工的企业包括临泽华澜电子、临泽瑞澜电子、临泽星澜电子。",
        &[("firm", "临泽华澜电子"), ("firm", "临泽瑞澜电子")],
    );
    // a list naming two firms names firms in its other items of a firm's shape
    check(
        "参加开工的企业包括临泽华澜电子、陕西坚汭消防、临泽瑞澜电子、西安前进电器。",
        &[("firm", "陕西坚汭消防"), ("firm", "西安前进电器")],
    );
    check(
        "目前已服务辖区华澜汽车、湖北瑞澜、临泽星澜等企业。",
        &[("firm", "湖北瑞澜"), ("firm", "临泽星澜")],
    );
    check_absent(
        "目前已服务辖区华澜汽车、湖北瑞澜、临泽星澜等企业。",
        &["服务辖区华澜汽车"],
    );
    // a verb's 了 marks where the first item starts; where most items are
    // firms, a short coined word among them is one too
    check(
        "近年来,该市构建现代产业体系,集聚了星澜海运、东岙集团、瑞翊、翊澜集团、汇澜控股集团、澜忠集团、巴翊、泽澜集团、尚澜医药等一大批行",
        &[("firm", "星澜海运"), ("firm", "瑞翊"), ("firm", "巴翊")],
    );
    // half the items named firms is enough for a coined word to be one
    check(
        "配套引进了东岙集团、翊澜集团、瑞翊、巴翊等一批产业链项目。",
        &[("firm", "瑞翊"), ("firm", "巴翊")],
    );
    // the count closing the list is no part of its last item
    check(
        "成功引进华澜新能源、西安前进电器、星澜科技有限公司4家。",
        &[("firm", "西安前进电器")],
    );
    // a verb after a noun between 等 and the head is a clause's predicate
    check_absent(
        "产品在车间完成组装、质检等程序后发往星澜总公司。",
        &["组装", "质检"],
    );
    // a word of scope opening the list describes its first item
    let s = "为国内星澜集团、山东华澜、翊欣集团等大型企业配套。";
    check(s, &[("firm", "星澜集团")]);
    check_absent(s, &["国内星澜集团"]);
    // a word jieba hardly ever saw after a free-standing place is a brand
    check(
        "客商考察活跃,星澜控股、浙江竹影实业等多次到县里考察。",
        &[("firm", "浙江竹影实业")],
    );
    // 往 (toward) that jieba cut from its verb opens no name (后发/v 往/zg)
    check_absent("产品完成质检后发往深圳总公司。", &["往深圳总公司"]);
    // a quoted four-character figure of speech after 企业 is no brand
    check_absent("骨干企业“群龙共舞”现象初显。", &["群龙共舞"]);
    check_absent("推动星澜、华澜等一批企业“组链成群”。", &["组链成群"]);
    // 了 after 等 marks what the listed did: the head is its object
    check_absent(
        "省市领导王汭、李星澜、张翊欣、周澜等见证了项目签约过程。",
        &["李星澜", "张翊欣", "周澜"],
    );
    // jieba glues the list's 等 to an unknown brand (华兆等/nz)
    check(
        "产研院服务湖北瑞澜、临泽星澜、十堰华兆等汽车零部件企业。",
        &[("firm", "十堰华兆")],
    );
    check_absent(
        "产研院服务湖北瑞澜、临泽星澜、十堰华兆等汽车零部件企业。",
        &["十堰华兆等汽车"],
    );
    // a word of manner before the verb is no part of the partner's name
    check(
        "市政府与星澜控股集团成功签约创新中心项目。",
        &[("firm", "星澜控股集团")],
    );
    check_absent(
        "市政府与星澜控股集团成功签约创新中心项目。",
        &["星澜控股集团成功"],
    );
    // jieba glued the preposition to the name's first character (由赛/nr 华澜/nz)
    check(
        "项目由赛华澜投资集团投资建设。",
        &[("firm", "赛华澜投资集团")],
    );
    check_absent("项目由赛华澜投资集团投资建设。", &["由赛华澜投资集团"]);
    // a frequent verb before a bare 公司 takes the company as its object
    check_absent(
        "为实现公司主营业务的快速扩张，有助于提高公司产品竞争能力。",
        &["实现公司", "提高公司"],
    );
    check_absent("生产景象同步传输到公司的数据中心。", &["传输到公司"]);
    // a verb of visiting (视察, freq 1447) governs the company it visits
    check_absent(
        "调研组走访岚石科技有限公司，视察公司生产经营状况。",
        &["视察公司", "视察"],
    );
    check_absent("项目投产后公司年产值将达2亿元。", &["投产后公司"]);
    // and one before a bare 平台 the platform
    check_absent(
        "由岚石县人民政府提供平台与硬件条件，共同筹建研究院。",
        &["岚石县人民政府提供平台", "提供平台"],
    );
    check(
        "星澜电信浙江分公司开通业务。",
        &[("firm", "星澜电信浙江分公司")],
    );
    // roads in a list of projects are no firms
    check_absent(
        "包括星澜电子扩能、迎宾大道景观建设、园区主干道等8个项目。",
        &["迎宾", "园区主干道"],
    );
    // industries summed up as clusters name no firms
    check_absent(
        "培育发展医药健康、智能装备、先进制造、集成电路等五个千亿级产业集群。",
        &["医药健康", "智能装备", "先进制造", "集成电路"],
    );
    check_absent(
        "重点保障疫情防控、能源供应、交通物流等企业加快复工复产。",
        &["疫情防控", "能源供应", "交通物流"],
    );
    // brands that jieba reads as common words keep their list
    check(
        "引来了惠普、宏碁、联想等海内外笔记本电脑厂商。",
        &[("firm", "惠普"), ("firm", "宏碁"), ("firm", "联想")],
    );
}

#[test]
fn lists_summed_up_as_platforms_or_parks() {
    check(
        "已搭建起翊澜研究院、世界竹编设计中心、质量提升服务中心等9个平台。",
        &[
            ("platform", "世界竹编设计中心"),
            ("platform", "质量提升服务中心"),
        ],
    );
    check(
        "代表们走进龙泉市溪口工业园区、储能材料产业园、精细化工产业园参观考察。",
        &[("park", "储能材料产业园"), ("park", "精细化工产业园")],
    );
    check(
        "建设储能材料产业园、精细化工产业园。",
        &[("park", "储能材料产业园"), ("park", "精细化工产业园")],
    );
    check(
        "谋划建设光伏材料产业园、竹木加工及家居制造产业园、商务休闲园“三大专业园区”。",
        &[("park", "竹木加工及家居制造产业园"), ("park", "商务休闲园")],
    );
    // a zone's branch parks counted after the list
    check(
        "开发区下辖星澜汽配产业园、机械制造园、冷链物流园、农产品加工园4个分园区。",
        &[
            ("park", "机械制造园"),
            ("park", "冷链物流园"),
            ("park", "农产品加工园"),
        ],
    );
}

#[test]
fn a_park_named_as_a_firms_branch_names_the_firm() {
    check(
        "青澜(龙泉)智能制造产业园项目开工。",
        &[("firm", "青澜"), ("park", "青澜(龙泉)智能制造产业园")],
    );
    check_absent("浙江(龙泉)智能制造产业园项目开工。", &["浙江"]);
}

#[test]
fn words_that_describe_or_list_carriers_name_none() {
    // 主要 (main) describes the carriers a place has
    check_absent(
        "目前,我县的主要科创服务平台包括三块。",
        &["主要科创服务平台"],
    );
    // a line of its own of modifiers only is a table's cell of kinds
    check_absent("产业技术研究院", &["产业技术研究院"]);
    check("星澜产业技术研究院", &[("platform", "星澜产业技术研究院")]);
    // a table or roll right after the words lists carriers of that kind
    check_absent("县内主要科创平台一览表", &["县内主要科创平台"]);
    check_absent(
        "青海省星澜特色产业园区名单公布。",
        &["青海省星澜特色产业园区"],
    );
}

#[test]
fn units_of_research_bodies() {
    check(
        "为浙江翊澜研究院智能装备创新中心揭牌。",
        &[("platform", "浙江翊澜研究院智能装备创新中心")],
    );
    check_absent(
        "浙江翊澜研究院与青松公司共建实验室。",
        &["浙江翊澜研究院与青松公司共建实验室"],
    );
    // a verb that breaks names (共建) after the unit's field is what the
    // body does, no part of a unit's name
    check_absent(
        "支持青屿农业科技开发有限公司与星澜大学农业研究所共建院士工作站。",
        &[
            "星澜大学农业研究所共建院士工作站",
            "农业研究所共建院士工作站",
        ],
    );
}

#[test]
fn parks_named_in_short() {
    check(
        "去年，翊澜科技最终选择落户江山经开，总投资5亿元。",
        &[("park", "江山经开")],
    );
    check("项目落户于江山经开区。", &[("park", "江山经开区")]);
    check(
        "项目位于龙港市翊澜新区，由新区管委会负责。",
        &[("park", "龙港市翊澜新区")],
    );
    check_absent("打造城东新区和高铁新区。", &["城东新区", "高铁新区"]);
}

#[test]
fn firm_suffix_grammar() {
    // a verb jieba made up opening the clause is the brand's start
    check(
        "园区企业生产一派红火景象,星和成维生素有限公司总体生产情况良好。",
        &[("firm", "星和成维生素有限公司")],
    );
    // 有限企业 registers a firm as 有限公司 does
    check(
        "依托河南星澜电动汽车有限企业建设新能源特种车辆工程研究中心。",
        &[("firm", "河南星澜电动汽车有限企业")],
    );
    check(
        "1984年，龙泉第二纺织机械厂创立。",
        &[("firm", "龙泉第二纺织机械厂")],
    );
    check(
        "与园区一路之隔的湖北吾澜健康科技有限公司，由5家企业组建。",
        &[("firm", "湖北吾澜健康科技有限公司")],
    );
    check(
        "3月，浙江星澜光电科技股份有限公司在海宁投产。",
        &[("firm", "浙江星澜光电科技股份有限公司")],
    );
    check(
        "县里与澄湖新能源控股集团有限公司签订协议。",
        &[("firm", "澄湖新能源控股集团有限公司")],
    );
    check(
        "位于桐庐的杭州云栖精工机械有限公司扩产。",
        &[("firm", "杭州云栖精工机械有限公司")],
    );
    check(
        "今年又新引进宁波瀚钠电池有限公司等企业。",
        &[("firm", "宁波瀚钠电池有限公司")],
    );
    check(
        "蓝鲸数途科技(宁波)有限公司落户。",
        &[("firm", "蓝鲸数途科技(宁波)有限公司")],
    );
    check_absent("该公司今年上市。", &["该公司"]);
    // a brand's plant in a place names the brand
    check("2017年,澜峰汽车海宁工厂开工。", &[("firm", "澜峰汽车")]);
    // a power plant too: the brand before the place is the firm
    check("星澜能源岳阳电厂二期项目开工。", &[("firm", "星澜能源")]);
    check("星澜能源荆门热电厂投产。", &[("firm", "星澜能源")]);
    check_absent("星澜能源岳阳电厂二期项目开工。", &["星澜能源岳阳电厂"]);
    // a party committee's 中共 and a headline's 热烈祝贺 are no part of a firm
    check(
        "关于调整中共星澜集团委员会成员的通知",
        &[("firm", "星澜集团")],
    );
    check_absent(
        "关于调整中共星澜集团委员会成员的通知",
        &["中共星澜集团", "调整中共星澜集团"],
    );
    check(
        "热烈祝贺星澜集团荣获全国文化建设先进单位",
        &[("firm", "星澜集团")],
    );
    check("作为全省最大的青海钢铁集团，", &[("firm", "青海钢铁集团")]);
    // a prefecture jieba reads as an abbreviation (通化/j) is still a place
    check("与通化建材集团签约。", &[("firm", "通化建材集团")]);
    // jieba's HMM glues the preposition to an unknown name (由翊澜, 据鑫锐)
    check(
        "该项目由翊澜投资管理有限公司承建",
        &[("firm", "翊澜投资管理有限公司")],
    );
    check("据鑫锐控股集团介绍", &[("firm", "鑫锐控股集团")]);
    // a verb jieba made up after a place is the brand (联跃/v)
    check(
        "据悉，浙江联跃通达水运有限公司成立。",
        &[("firm", "浙江联跃通达水运有限公司")],
    );
    // a brand jieba reads as an idiom, 企业管理 as a trade, 中 opening a
    // state firm's short name
    check(
        "2007年加入一帆风顺饮料有限公司。",
        &[("firm", "一帆风顺饮料有限公司")],
    );
    check(
        "河南汭峰企业管理集团投资的项目签约。",
        &[("firm", "河南汭峰企业管理集团")],
    );
    check(
        "星澜集团总部、中材料澜峰建设集团三级企业总部等一批项目落户。",
        &[("firm", "中材料澜峰建设集团")],
    );
    check_absent("据鑫锐控股集团介绍", &["据鑫锐控股集团"]);
    check(
        "本地企业分别与青海环保集团、青海水务投资集团签约。",
        &[("firm", "青海环保集团"), ("firm", "青海水务投资集团")],
    );
}

#[test]
fn a_coined_brand_opening_a_clause_before_its_trade_names_the_firm() {
    // whatever nouns follow: what the firm builds or runs
    check(
        "园区内，信澜制药智能化提取车间完成设备安装，宏澜药业质检中心进入装修阶段。",
        &[("firm", "信澜制药"), ("firm", "宏澜药业")],
    );
    // a word jieba reads as a verb, a field word, a trade before 的: none
    check_absent(
        "智线物流的作业效率提升，一是制药企业加快转型，低碳环保产业加快发展。",
        &["智线物流", "一是制药", "低碳环保"],
    );
}

#[test]
fn a_project_named_with_its_capacity_names_the_firm_before_the_figure() {
    check(
        "信澜年产120万吨新材料、汭峰115万吨/年化工扩建(四期)等市级重点项目实现开工。",
        &[("firm", "信澜"), ("firm", "汭峰")],
    );
    check_absent(
        "信澜年产120万吨新材料、汭峰115万吨/年化工扩建(四期)等市级重点项目实现开工。",
        &["信澜年产", "万吨化工扩建"],
    );
}

#[test]
fn a_platform_word_in_a_company_s_registered_name_names_no_platform() {
    check(
        "星澜研究院(杭州)有限公司成立。",
        &[("firm", "星澜研究院(杭州)有限公司")],
    );
    check_absent(
        "星澜研究院(杭州)有限公司成立，翊澜创新中心有限公司揭牌。",
        &["星澜研究院", "翊澜创新中心"],
    );
    // the platform itself, with the company that runs it
    check(
        "星澜研究院由汭峰科技有限公司运营。",
        &[("platform", "星澜研究院")],
    );
}

#[test]
fn a_province_with_a_kind_of_zone_names_no_park() {
    check_absent(
        "推动河南省经济开发区高质量发展，新认定河南省二星级产业集聚区12个。",
        &["河南省经济开发区", "河南省二星级产业集聚区"],
    );
    // a municipality's zone, and a city's named as its province is
    check(
        "北京经济技术开发区与吉林经开区签约。",
        &[("park", "北京经济技术开发区"), ("park", "吉林经开区")],
    );
}

#[test]
fn generic_firm_names_have_no_distinctive_part() {
    assert!(is_generic_firm_name("汽车零部件有限公司"));
    assert!(is_generic_firm_name("浙江新材料"));
    assert!(is_generic_firm_name("电子"));
    // a group or registered firm named by its place and trade is a name
    // (state-owned firms mostly are); its forms without the place are not
    assert!(!is_generic_firm_name("浙江新材料有限公司"));
    assert!(!is_generic_firm_name("青海水务投资集团"));
    assert!(is_generic_firm_name("水务投资集团"));
    assert!(is_generic_firm_name("阿里电子有限公司"));
    assert!(!is_generic_firm_name("浙江星澜光电材料有限公司"));
    assert!(!is_generic_firm_name("星澜光电"));
    // a frequent word jieba tags as an abbreviation (环保/j) is no brand
    assert!(!has_brand_token("环保日用品"));
    assert!(has_brand_token("星澜日用品"));
}

#[test]
fn firm_short_name_derivation() {
    let s = firm_short_names("浙江星澜光电材料有限公司");
    assert!(s.contains(&"星澜光电".to_string()), "{s:?}");
    let s = firm_short_names("瀚钠(浙江)新材料有限公司");
    assert!(s.contains(&"瀚钠新材料".to_string()), "{s:?}");
    let s = firm_short_names("荷兰奥凯");
    assert!(s.contains(&"奥凯".to_string()), "{s:?}");
    // a place and its state investment company's kind
    let s = firm_short_names("南宁城投集团");
    assert!(s.contains(&"南宁城投".to_string()), "{s:?}");
    // the holding or group the registered name ends in stays a form of it
    let s = firm_short_names("广州星澜控股有限公司");
    assert!(s.contains(&"星澜控股".to_string()), "{s:?}");
    let s = firm_short_names("浙江翊澜集团有限公司");
    assert!(s.contains(&"翊澜集团".to_string()), "{s:?}");
    let s = firm_short_names("翊澜集团");
    assert!(!s.contains(&"翊澜集团".to_string()), "{s:?}");
    // a generic modifier between brand and trade drops out
    let s = firm_short_names("岚映创新(天津)科技有限公司");
    assert!(s.contains(&"岚映科技".to_string()), "{s:?}");
    // one character is no modifier to drop (大, 云 may be the brand's)
    let s = firm_short_names("星澜云科技(浙江)有限公司");
    assert!(!s.contains(&"星澜科技".to_string()), "{s:?}");
}

#[test]
fn park_and_platform_grammar() {
    check(
        "去年，浙江桐庐经济开发区获批。",
        &[("park", "浙江桐庐经济开发区")],
    );
    check("项目落户海宁经编产业园。", &[("park", "海宁经编产业园")]);
    check("在湖州南太湖新区举行签约。", &[("park", "湖州南太湖新区")]);
    check("位于集美台商投资区的企业。", &[("park", "集美台商投资区")]);
    check("河北丰南工业区建设提速。", &[("park", "河北丰南工业区")]);
    // a park's sub-zone is named with the park (Zhejiang's 工业功能区)
    check(
        "项目落户东岙工业园区城南工业功能区一期地块。",
        &[("park", "东岙工业园区城南工业功能区")],
    );
    // a park two places build together (山海协作)
    check(
        "两地共建了东岙生物科技创新协作园等一批平台。",
        &[("park", "东岙生物科技创新协作园")],
    );
    check_absent("完成老工业区改造。", &["老工业区"]);
    // a count of kinds sums carriers up; a scope opens a description
    check_absent(
        "已建立资金扶持、人才培养、基础服务四大服务平台。",
        &["基础服务四大服务平台", "四大服务平台"],
    );
    // 校企 (school and firm), like 校地, names a kind of partnership
    check_absent("积极搭建校企合作平台，推进成果转化。", &["校企合作平台"]);
    // a level before common words is a rank awarded, not a park's name
    check_absent(
        "星澜经济开发区还是省级循环经济示范园区。",
        &["省级循环经济示范园区"],
    );
    // so is a grade: an aim, before the town's name
    check_absent(
        "打造世界级矿泉水小镇——岚石温泉小镇。",
        &["世界级矿泉水小镇"],
    );
    // a tourist resort is no industrial zone (ANNOTATION: park)
    check_absent(
        "活动在星澜山生态文化旅游度假区举行。",
        &["星澜山生态文化旅游度假区"],
    );
    // 配套 (supporting) says what a park is for, it names none
    check_absent("规划建设食品加工区和配套产业园。", &["配套产业园"]);
    // …also right before the suffix (…、精细化工四大工业园)
    check_absent(
        "建设了矿用机械、轻纺、精细化工四大工业园和星澜创业园。",
        &["精细化工四大工业园"],
    );
    check_absent(
        "1至3月,全市新开工重点工业项目136个。",
        &["全市新开工重点工业"],
    );
    check("项目位于星澜物流园区内。", &[("park", "星澜物流园区")]);
    check(
        "项目落户文成节能环保产业区。",
        &[("park", "文成节能环保产业区")],
    );
    check("项目落户翊澜科创园。", &[("park", "翊澜科创园")]);
    check(
        "江苏省产业援疆项目澜峰现代农业科技产业园正式开园。",
        &[("park", "澜峰现代农业科技产业园")],
    );
    check("宁波—澜峰科技园建成投用。", &[("park", "宁波—澜峰科技园")]);
    check(
        "浙江中国―星澜青年产业园开园。",
        &[("park", "浙江中国―星澜青年产业园")],
    );
    // a direction word jieba made up (科右/f, not in its dictionary) is part
    // of the name
    check(
        "项目位于科右一旗星澜产业园。",
        &[("park", "科右一旗星澜产业园")],
    );
    check(
        "项目位于星澜现代农业示范园区内。",
        &[("park", "星澜现代农业示范园区")],
    );
    // a 、-list marks both edges of its parks
    check(
        "据报道,海宁现代服务产业园、汭峰养生中药产业园、翊德工业自动化产业园、星澜电子等项目集中签约。",
        &[
            ("park", "汭峰养生中药产业园"),
            ("park", "翊德工业自动化产业园"),
        ],
    );
    check(
        "当前,城北食品纺机产业园、城北物流园等重点片区加快建设。",
        &[("park", "城北物流园")],
    );
    check(
        "签约的有星澜光伏项目、澜峰高新九园智能制造总部产业园等16个项目。",
        &[("park", "澜峰高新九园智能制造总部产业园")],
    );
    check(
        "澜峰网络安全产业园、星澜电子(海宁生态城)智慧科技产业园等一批项目开工。",
        &[("park", "星澜电子(海宁生态城)智慧科技产业园")],
    );
    check_absent(
        "当前,城北食品纺机产业园、城北物流园等重点片区加快建设。",
        &["城北物流园等重点片区"],
    );
    check("奠基仪式在浒澜开发区举行", &[("park", "浒澜开发区")]);
    // a copula ends a name (更是, 正是)
    check_absent("而大项目更是高新区推动转型的动力", &["大项目更是高新区"]);
    check_absent(
        "推动浙皖两省开发区合作共建。",
        &["浙皖两省开发区", "两省开发区"],
    );
    // a bare 园区 named by the place and trade that open it
    check(
        "新型饲料加工企业在宾县农副产品加工园区竣工投产。",
        &[("park", "宾县农副产品加工园区")],
    );
    check_absent("入驻园区的企业增多。", &["入驻园区"]);
    // a firm's name before a park that opens with a place is not the park's
    check(
        "包括浙江星澜防水科技有限公司湖州南太湖新区新材料项目。",
        &[("park", "湖州南太湖新区")],
    );
    check_absent(
        "包括浙江星澜防水科技有限公司湖州南太湖新区新材料项目。",
        &["浙江星澜防水科技有限公司湖州南太湖新区"],
    );
    check_absent("城区、西城新区建设加快。", &["西城新区"]);
    // a rare word names a 新区 (横琴/n is in jieba's dictionary 5 times)
    check("国家启动横琴新区开发。", &[("park", "横琴新区")]);
    check("企业入驻“浙里帮”平台。", &[("platform", "浙里帮平台")]);
    check(
        "当地推出“亲清在线”管理服务系统。",
        &[("platform", "亲清在线管理服务系统")],
    );
    check(
        "磐石智能制造创新中心正式挂牌。",
        &[("platform", "磐石智能制造创新中心")],
    );
    check(
        "联合浙江工业大学湖州研究院攻关。",
        &[("platform", "浙江工业大学湖州研究院")],
    );
    check_absent("建设数字化平台。", &["数字化平台"]);
    check_absent("共建15家创新平台。", &["创新平台"]);
    check_absent("在开发区内投资。", &["开发区"]);
}

#[test]
fn lists_partners_projects() {
    check(
        "落地星澜光电、云栖精工、Zentra等一批头部企业。",
        &[
            ("firm", "星澜光电"),
            ("firm", "云栖精工"),
            ("firm", "Zentra"),
        ],
    );
    check("与瀚海云图合作的实训基地开班。", &[("firm", "瀚海云图")]);
    // a place opening a brand and its trade opens the firm's name
    check(
        "签约企业有陕西澜峰电子、西安星澜光电。",
        &[("firm", "陕西澜峰电子")],
    );
    check(
        "吸引了翊澜、汭峰等一批为风电整机配套的国内外著名企业进驻园区。",
        &[("firm", "翊澜"), ("firm", "汭峰")],
    );
    check("总投资5亿元的澄湖电子项目开工。", &[("firm", "澄湖电子")]);
    // 有 glued to a list's first name; a grade is no name; a measure word
    // after a place is a brand's character
    check(
        "现代物流方面,有澜峰、汭峰等上市公司落户。",
        &[("firm", "澜峰"), ("firm", "汭峰")],
    );
    check_absent("现代物流方面,有澜峰、汭峰等上市公司落户。", &["有澜峰"]);
    check_absent("引进了中交、华润等一批央企三级公司。", &["央企三级公司"]);
    check(
        "合作方为浙江米老乡食品工业有限公司。",
        &[("firm", "浙江米老乡食品工业有限公司")],
    );
    // a project item ends in what it does; without a brand it names no firm
    check(
        "开工项目包括汇澜机电技改扩能、澜峰麻业退城入园、环保设备制造等重点项目。",
        &[("firm", "汇澜机电"), ("firm", "澜峰麻业")],
    );
    check_absent(
        "开工项目包括汇澜机电技改扩能、澜峰麻业退城入园、环保设备制造等重点项目。",
        &["澜峰麻业退城", "环保设备制造", "环保设备"],
    );
    // a brand and trade before what the firm builds (新厂房, 生产线)
    check("今年，鸿澜药业新厂房顺利封顶。", &[("firm", "鸿澜药业")]);
    // a listed company's short name opening a project: the rest is product
    check(
        "总投资10亿元的光迅科技光模块项目开工。",
        &[("firm", "光迅科技")],
    );
    // the firm is the brand with its first trade word; the product follows
    check("现场签约了澄湖电力风电光伏项目。", &[("firm", "澄湖电力")]);
    check_absent(
        "西线公路、南山水库、医院等一批重大项目加快建设。",
        &["西线公路", "南山水库", "医院"],
    );
    check_absent("与高校合作。", &["高校"]);
}

#[test]
fn left_edges_of_registered_names_in_real_text() {
    // a word jieba reads as a time (前往/t) before the opening place
    check(
        "一行前往四川澜溪醪糟有限责任公司调研。",
        &[("firm", "四川澜溪醪糟有限责任公司")],
    );
    check_absent(
        "一行前往四川澜溪醪糟有限责任公司调研。",
        &["前往四川澜溪醪糟有限责任公司"],
    );
    // a doubled character cut in two (追/v 追/v) is one word
    check(
        "实地察看了翊澜生化公司、追追食品公司,察看企业经营生产等情况。",
        &[("firm", "追追食品公司")],
    );
    // a numeral character after a place is a brand's (兆/m)
    check(
        "北京兆汭时代机械有限公司投资的项目。",
        &[("firm", "北京兆汭时代机械有限公司")],
    );
    // a preposition glued to a brand jieba reads as a verb (与翊展/vg)
    check(
        "与翊展电子科技(深圳)有限公司签订了协议。",
        &[("firm", "翊展电子科技(深圳)有限公司")],
    );
    // a verb in the trade of a registered name after a place and a coined
    // brand (复合/v)
    check(
        "成都新澜高复合器材有限公司负责人看中了这里。",
        &[("firm", "成都新澜高复合器材有限公司")],
    );
    check_absent(
        "成都新澜高复合器材有限公司负责人看中了这里。",
        &["器材有限公司"],
    );
}

#[test]
fn a_group_name_goes_on_over_its_trade() {
    check(
        "省州相关专家和汇澜国际集团实业有限公司等近百家企业参加。",
        &[("firm", "汇澜国际集团实业有限公司")],
    );
    // a description before the group still ends its name
    check_absent(
        "龙头企业星澜集团投资有限公司落户。",
        &["龙头企业星澜集团投资有限公司"],
    );
}

#[test]
fn an_investor_word_before_a_registered_name_is_no_part_of_it() {
    let s = "先后走访台商翠屿电子科技有限公司等多家企业。";
    check(s, &[("firm", "翠屿电子科技有限公司")]);
    check_absent(s, &["台商翠屿电子科技有限公司"]);
    // 药企, 车企: a kind of firm, as 企业 is
    let s = "翠屿制药是大型药企青松医药控股集团的全资子公司。";
    check(s, &[("firm", "青松医药控股集团")]);
    check_absent(s, &["大型药企青松医药控股集团"]);
}

#[test]
fn the_level_of_state_owning_a_firm_is_no_part_of_its_name() {
    let s = "已支持县属江屿农业科技开发有限公司与高校合作。";
    check(s, &[("firm", "江屿农业科技开发有限公司")]);
    check_absent(s, &["县属江屿农业科技开发有限公司"]);
}

#[test]
fn verbs_joined_before_a_list_open_it_and_name_no_firm() {
    let s = "积极引进、培育岚溪糖业等精深加工企业,推进产业融合。";
    check(s, &[("firm", "岚溪糖业")]);
    check_absent(s, &["引进", "培育岚溪糖业"]);
}

#[test]
fn a_place_describing_firms_after_a_list_of_firms_names_none() {
    let s = "远岚能源有限公司、青屿铁塔股份有限公司、华峦风电有限公司等来自北京、河南的企业,与该县签订了项目。";
    check(s, &[("firm", "青屿铁塔股份有限公司")]);
    check_absent(s, &["河南的企业"]);
}

#[test]
fn a_brand_split_into_single_characters_stays_whole_before_a_joint_stock_suffix() {
    let s = "嘉兴市晟正精密机械股份有限公司入围省级名单。";
    check(s, &[("firm", "嘉兴市晟正精密机械股份有限公司")]);
    check_absent(s, &["精密机械股份有限公司"]);
}

#[test]
fn existing_parks_are_a_kind_not_a_name() {
    check_absent("全面摸清现有产业园区存量资源底数。", &["现有产业园区"]);
}

#[test]
fn lists_of_places_and_of_activities_name_no_firm() {
    check_absent(
        "于12月初组织招商考察团赴北京、上海、广州、天津、深圳等地进行重点项目招商。",
        &["考察团赴北京", "赴北京", "北京"],
    );
    check_absent(
        "其中新绿色有机农业、可循环再利用发展、生态观光现代农业、全域治理等项目占比较大。",
        &["全域治理"],
    );
    check_absent(
        "不断为打造现代化产业园区、提升园区综合实力注入澎湃动能。",
        &["现代化产业园区"],
    );
    // an office opening a list of signatories is a person's
    check_absent(
        "区政协副主席、星澜街党委书记张某分别与翊澜电气设计研究所、汇澜科技开发有限公司等5家企业代表签署合作协议。",
        &["区政协副主席"],
    );
    // kinds of work listed before 等企业, without a brand
    check_absent(
        "急需引进食品深加工、鳗鱼饲料加工等上下游企业。",
        &["食品深加工", "鳗鱼饲料加工"],
    );
    // what a project engages in (从事A、B等的生产) is products
    check_absent(
        "该项目主要从事澜橙果胶、果汁、翊果甜苷、澜橙苦素及动物肝素等的生产和食品科学技术项目的研发。",
        &["澜橙果胶", "果汁", "翊果甜苷"],
    );
    // the legal kind of a cooperative, counted, is no name
    check_absent(
        "全县培育家庭农场6家、农民专业合作社27家。",
        &["农民专业合作社"],
    );
    check(
        "东岙县星澜果蔬农民专业合作社带动农户增收。",
        &[("firm", "东岙县星澜果蔬农民专业合作社")],
    );
    // a trade word jieba hardly knows (光伏/j) is no brand either
    check_absent(
        "与星澜科技有限公司对接洽谈文旅、有机肥加工、光伏组件生产加工等项目合作事宜。",
        &["光伏组件"],
    );
}

#[test]
fn the_firm_opening_a_long_project_name() {
    check(
        "总投资5亿元的江苏翊利科技电子产品生产项目落地。",
        &[("firm", "江苏翊利科技")],
    );
    check(
        "总投资5.7亿元的湖南星尔程环保科技重金属螯合剂系列产品项目签约。",
        &[("firm", "湖南星尔程环保科技")],
    );
}

#[test]
fn a_list_of_works_names_firms() {
    check(
        "主要满足星澜重工、澜工、翊峰机械等大型机械厂生产需要。",
        &[("firm", "星澜重工"), ("firm", "澜工"), ("firm", "翊峰机械")],
    );
    // 厂房 is a building, not a works
    check_absent("新建星澜重工、翊峰机械等单位的厂房。", &["星澜重工"]);
}

#[test]
fn a_registered_name_after_its_address_starts_at_the_repeated_place() {
    let s = "日前,山东省临沂市沂南县临沂翊澜生物科技有限公司万吨辣椒深加工项目签约仪式举行。";
    check(s, &[("firm", "临沂翊澜生物科技有限公司")]);
    check_absent(s, &["山东省临沂市沂南县临沂翊澜生物科技有限公司"]);
}

#[test]
fn incubator_parks_cooperatives_and_printers() {
    check(
        "该县引进项目入驻星澜产业孵化园。",
        &[("park", "星澜产业孵化园")],
    );
    check(
        "翊澜养殖专业合作社带动农户增收。",
        &[("firm", "翊澜养殖专业合作社")],
    );
}

#[test]
fn the_party_a_firm_plays_is_no_part_of_its_name() {
    check(
        "投资方江苏翊澜高分子科技股份有限公司代表发言。",
        &[("firm", "江苏翊澜高分子科技股份有限公司")],
    );
    check_absent(
        "投资方江苏翊澜高分子科技股份有限公司代表发言。",
        &["投资方江苏翊澜高分子科技股份有限公司"],
    );
}

#[test]
fn words_before_a_zone_place_are_no_part_of_its_name() {
    let led = "在管委会主任刘某的带领下来嵩明县经济开发区考察。";
    check(led, &[("park", "嵩明县经济开发区")]);
    check_absent(led, &["下来嵩明县经济开发区"]);
    let speech = "座谈会上,钱建德首先代表嵩明县经济开发区致辞。";
    check(speech, &[("park", "嵩明县经济开发区")]);
    check_absent(speech, &["建德首先代表嵩明县经济开发区"]);
}

#[test]
fn the_writers_own_county_before_a_zone_is_no_part_of_its_name() {
    let ours = "我县岚石产业园区是以精细化工为主导产业的综合性园区。";
    check(ours, &[("park", "岚石产业园区")]);
    check_absent(ours, &["我县岚石产业园区"]);
    let this_city = "本市星澜经济开发区今年新签约项目12个。";
    check(this_city, &[("park", "星澜经济开发区")]);
    check_absent(this_city, &["本市星澜经济开发区"]);
}

#[test]
fn a_dash_introduces_a_name_and_is_no_part_of_it() {
    let s = "省级农业产业化龙头企业——嵩明县翊澜羊绒制品有限责任公司新建了两条生产线。";
    check(s, &[("firm", "嵩明县翊澜羊绒制品有限责任公司")]);
    check_absent(s, &["——嵩明县翊澜羊绒制品有限责任公司"]);
}

#[test]
fn kinds_of_facility_in_a_list_are_no_firms() {
    let s = "集中开工的星澜饲料厂、屠宰场、种鸡场、污水处理厂等项目。";
    check(s, &[("firm", "星澜饲料厂")]);
    check_absent(s, &["屠宰场", "种鸡场", "污水处理厂"]);
}

#[test]
fn a_kind_of_partner_is_no_firm() {
    check_absent(
        "星澜工业园区负责人分别与投资客商上台签约。",
        &["投资客商上台", "投资客商"],
    );
    check(
        "星澜工业园区与翊澜电气合作建设生产基地。",
        &[("firm", "翊澜电气")],
    );
}

#[test]
fn a_zone_s_facility_is_no_firm() {
    let s = "开工的项目有嵩明县星澜工业集中区污水处理厂二期项目。";
    check(s, &[("park", "嵩明县星澜工业集中区")]);
    check_absent(s, &["嵩明县星澜工业集中区污水处理厂", "嵩明县星澜工业"]);
}

#[test]
fn a_platform_s_research_base_is_its_sub_unit() {
    let s = "领导先后观摩了翊澜新能源有限公司、国家星澜装备创新中心浙江研发基地。";
    check(s, &[("platform", "国家星澜装备创新中心浙江研发基地")]);
}

#[test]
fn the_firm_before_a_capacity_figure() {
    let s = "总投资5.5亿元的苏州星澜涂料年产4.5万吨功能涂料及研发中心项目。";
    check(s, &[("firm", "苏州星澜涂料")]);
    // 年产值 is an output's value, no capacity
    check_absent("全县星澜涂料年产值突破10亿元。", &["全县星澜涂料"]);
}

#[test]
fn a_verb_of_going_ends_the_name_after_it() {
    let s = "5月25日下午,县委书记张某某前往星澜工业园区调研招商引资企业建设情况。";
    check(s, &[("park", "星澜工业园区")]);
    check_absent(s, &["县委书记张某某前往星澜工业园区", "前往星澜工业园区"]);
}

#[test]
fn the_sum_invested_follows_a_firm() {
    let s = "一行先后实地察看了汇澜枣业总投资2500万元的红枣生产线。";
    check(s, &[("firm", "汇澜枣业")]);
}

#[test]
fn a_firm_list_item_as_written_stays_a_form_of_its_firm() {
    let mut out = Vec::new();
    sentence_names(
        "其中:临泽星澜冶炼、临泽文澜磨料科技、临泽汇澜电子元件等三家企业已点火投产。",
        &mut out,
    );
    let item = "临泽文澜磨料科技";
    let firm = out
        .iter()
        .find(|c| c.etype == EntityType::Firm && c.name == "临泽文澜");
    assert!(
        firm.is_some_and(|c| c.aliases.iter().any(|a| a == item)),
        "{item} in {out:?}"
    );
}

#[test]
fn a_counted_list_of_subsidiaries_names_firms() {
    // 越洋/ns: a brand jieba reads as a rarely seen place
    let s = "公司同时拥有三明越洋、深圳越洋、嵩视科技3家子公司。";
    check(s, &[("firm", "深圳越洋"), ("firm", "嵩视科技")]);
}

#[test]
fn a_branch_in_a_place_is_named_whole() {
    let s = "东营市星澜新型建材有限公司新疆分公司投资建设的项目开工。";
    check(s, &[("firm", "东营市星澜新型建材有限公司新疆分公司")]);
    // a branch needs a place: 销售分公司 is a department's word
    check_absent(
        "东营市星澜新型建材有限公司销售分公司经理到场。",
        &["东营市星澜新型建材有限公司销售分公司"],
    );
}

#[test]
fn a_bracket_that_does_not_close_in_a_name_parts_two_names() {
    let s = "全县建成星澜能源建材产业园、嵩明高新技术产业园(嵩明移民生态工业园)、临港工业园。";
    check(s, &[("park", "嵩明高新技术产业园")]);
    check_absent(s, &["嵩明高新技术产业园(嵩明移民生态工业园"]);
}

#[test]
fn a_word_of_manner_names_no_park() {
    check_absent(
        "还有星澜家具、汇澜保健品等集团化产业园项目。",
        &["集团化产业园"],
    );
}

#[test]
fn a_sub_park_in_a_place_is_named_whole() {
    let s = "县政府与星澜科技园区通州园管委会签订战略合作框架协议。";
    check(s, &[("park", "星澜科技园区通州园")]);
    // 园区 after the place is the suffix grammar's own
    check_absent("星澜科技园区通州园区建设加快。", &["星澜科技园区通州园"]);
}

#[test]
fn a_group_word_in_brackets_is_inside_the_name() {
    let s = "县委书记在嵩明会见河南省煤气(集团)有限责任公司主要领导。";
    check(s, &[("firm", "河南省煤气(集团)有限责任公司")]);
    check_absent(s, &["嵩明会见河南省煤气(集团)有限责任公司"]);
}

#[test]
fn the_builder_of_a_project_is_a_firm() {
    let s = "数字印章生产及推广应用项目由湖南星澜能印业投资建设,总投资3000万元。";
    check(s, &[("firm", "湖南星澜能印业")]);
    // a public body builds too, and is no firm
    check_absent("该项目由县政府投资建设。", &["县政府"]);
}

#[test]
fn firms_listed_after_their_count() {
    let s =
        "此次参展企业共有4家,分别是星澜酒业、新疆汇澜实业、翊澜食品有限责任公司、新疆临泽农业。";
    check(
        s,
        &[
            ("firm", "星澜酒业"),
            ("firm", "新疆汇澜实业"),
            ("firm", "新疆临泽农业"),
        ],
    );
    // projects listed after their count are the project rules'
    check_absent(
        "签约项目共3个,分别是星澜酒业扩建、汇澜实业搬迁。",
        &["星澜酒业扩建"],
    );
}

#[test]
fn a_trade_jieba_reads_as_an_idiom_keeps_its_brand() {
    // 能源开发/i before the suffix: the brand and place to its left stay
    check(
        "星澜海南能源开发有限公司、翊澜(海南)科技有限责任公司分别发言。",
        &[("firm", "星澜海南能源开发有限公司")],
    );
}

#[test]
fn a_brand_jieba_split_into_single_characters_stays_whole() {
    // 千/m 和/c between the place and the trade are the brand
    check(
        "续建项目中,湖南千和建材科技有限公司住宅项目施工有序推进。",
        &[("firm", "湖南千和建材科技有限公司")],
    );
    check_absent(
        "续建项目中,湖南千和建材科技有限公司住宅项目施工有序推进。",
        &["建材科技有限公司"],
    );
}

#[test]
fn a_verb_before_a_park_introduces_it() {
    let s = "活动的目的是全面展示和宣传临泽工业园区,吸引客商。";
    check(s, &[("park", "临泽工业园区")]);
    check_absent(s, &["宣传临泽工业园区"]);
    // verbs alone before the suffix name no park
    check_absent(
        "主动拜访在外人士,宣传推介经开区产业发展方向。",
        &["宣传推介经开区"],
    );
}

#[test]
fn a_park_run_by_a_registered_firm_starts_after_its_name() {
    // and, named by its field alone, is the firm's project, no zone
    let s = "签约项目包括北京星澜科贸有限公司电子商务产业园等。";
    check(s, &[("firm", "北京星澜科贸有限公司")]);
    check_absent(s, &["北京星澜科贸有限公司电子商务产业园", "电子商务产业园"]);
}

#[test]
fn a_list_picked_from_a_group_starts_after_it() {
    let s = "入园企业中星澜科技、汇澜轮毂、翊澜气动、嵩明橡塑等企业在技改上走在前列。";
    check(s, &[("firm", "星澜科技"), ("firm", "汇澜轮毂")]);
    check_absent(s, &["入园", "入园企业中星澜科技"]);
    // …or with the area it lies in (片区范围内, 园区内)
    let s = "涉及星澜基地南部片区范围内翊欣机械、汭峰机械、瑞澜数码等5个重点企业项目用地。";
    check(s, &[("firm", "翊欣机械"), ("firm", "汭峰机械")]);
    check_absent(s, &["片区"]);
}

#[test]
fn a_function_word_jieba_made_up_after_a_place_is_a_brand() {
    // 星自/p and 华而/c: words jieba's HMM made up, not a preposition or
    // a conjunction
    check(
        "会上,天津星自控股有限公司发言。",
        &[("firm", "天津星自控股有限公司")],
    );
    check(
        "会上,天津华而控股有限公司发言。",
        &[("firm", "天津华而控股有限公司")],
    );
}

#[test]
fn an_industry_transfer_park_is_a_park() {
    check(
        "考察团参观了深圳星澜(临泽)产业转移园,深入企业现场。",
        &[("park", "深圳星澜(临泽)产业转移园")],
    );
}

#[test]
fn partners_are_named_without_the_manner_of_working_together() {
    let s = "该园区将成为该县与东南星澜大学深度合作的又一典范。";
    check_absent(s, &["东南星澜大学深度"]);
    let s = "该县与星澜科技深度合作。";
    check(s, &[("firm", "星澜科技")]);
    // the writer's own place is no partner
    check_absent("华能星澜发电有限公司与我县签约。", &["我县"]);
}

#[test]
fn a_title_a_city_awards_names_no_park() {
    let s = "星澜工业园区创建于2002年,前身为甘肃省特色工业园区、张掖市塑料软管工业专业园区。";
    check(s, &[("park", "星澜工业园区")]);
    check_absent(s, &["甘肃省特色工业园区", "张掖市塑料软管工业专业园区"]);
    // a county's park with such a word is a park
    check(
        "临泽县特色工业园区今年新引进企业5家。",
        &[("park", "临泽县特色工业园区")],
    );
}

#[test]
fn a_title_word_opening_the_suffix_names_no_park() {
    let s = "2018年,岳西工业园成为安庆市循环经济示范园区,城区纳入核心区。";
    check(s, &[("park", "岳西工业园")]);
    check_absent(s, &["安庆市循环经济示范园区"]);
}

#[test]
fn the_firms_opening_the_projects_of_a_counted_project_list() {
    let s = "与此同时,内蒙古翊欣能源化工总部经济项目、武汉澜忠科技新材料及装备项目、星澜生态农业观光项目等3个招商引资项目分别签约。";
    check(
        s,
        &[("firm", "内蒙古翊欣能源化工"), ("firm", "武汉澜忠科技")],
    );
    check_absent(s, &["星澜生态农业观光"]);
}

#[test]
fn words_before_a_registered_name_that_describe_it() {
    let s = "星澜科技园所属杭州翊欣科创有限公司总经理王某陪同接待。";
    check(s, &[("firm", "杭州翊欣科创有限公司")]);
    check_absent(s, &["所属杭州翊欣科创有限公司"]);
    let s = "装备制造产业中的新锐——江苏澜忠科技有限公司及其新能源项目。";
    check(s, &[("firm", "江苏澜忠科技有限公司")]);
    check_absent(s, &["新锐——江苏澜忠科技有限公司"]);
    // 为 glued to the name after it (为某某/ns) is a preposition
    check_absent("平畅货运主要为惠澜公司加工硅钢。", &["主要为惠澜公司"]);
    // a multinational is a kind of firm
    check_absent("巩固该区在跨国公司集聚度最高城区的优势。", &["跨国公司"]);
}

#[test]
fn firms_before_an_officers_title() {
    let s = "星澜汽车副总裁王某、汇澜汽车河南区域总经理孙某出席。";
    check(s, &[("firm", "星澜汽车"), ("firm", "汇澜汽车")]);
    check_absent(s, &["星澜汽车副", "汇澜汽车河南区域"]);
}

#[test]
fn a_state_builders_numbered_bureau_is_a_firm() {
    let s = "中铁十一局、中交二公局等一批产业项目建成投产,中冶五局集团进场施工。";
    check(
        s,
        &[
            ("firm", "中铁十一局"),
            ("firm", "中交二公局"),
            ("firm", "中冶五局集团"),
        ],
    );
    // a bureau's company (中铁某局某某公司) is a firm of its own
    check(
        "施工单位中铁十七局星澜公司作表态发言。",
        &[("firm", "中铁十七局星澜公司")],
    );
    let s = "现场签约了十七冶集团片区综合开发项目、中国二十二冶承建的道路项目。";
    check(s, &[("firm", "十七冶集团"), ("firm", "中国二十二冶")]);
}

#[test]
fn a_quoted_phrase_ending_in_a_verb_is_no_brand() {
    check_absent(
        "项目建成后,将实现企业“拎包入住”,极大缩短签约到投产的时间。",
        &["拎包入住"],
    );
    check("园区引进企业“星澜”,主营新能源电池。", &[("firm", "星澜")]);
}
#[test]
fn a_registered_firms_company_in_a_province_is_a_firm_of_its_own() {
    let s = "其中还有一家世界500强企业——星澜人寿保险有限公司四川公司,使该区500强企业升至30家。";
    check(s, &[("firm", "星澜人寿保险有限公司四川公司")]);
    // a department's word is no place
    check_absent(
        "星澜人寿保险有限公司销售公司经理到场。",
        &["星澜人寿保险有限公司销售公司"],
    );
}

#[test]
fn a_platform_named_under_its_parent_park() {
    let s = "一行赴星澜科技园·澜忠科创中心现场调研飞地工作。";
    check(
        s,
        &[
            ("park", "星澜科技园"),
            ("platform", "星澜科技园·澜忠科创中心"),
        ],
    );
}

#[test]
fn a_universitys_name_before_a_field_is_no_brand() {
    check_absent(
        "南开大学化学与分子工程学院副院长陈某当天参与了签约。",
        &["南开大学化学"],
    );
}

#[test]
fn a_branch_park_in_a_place() {
    let s = "双方签订《星澜科技园临泽分园深化合作协议》。";
    check(s, &[("park", "星澜科技园临泽分园")]);
}

#[test]
fn a_designation_s_kind_ends_before_the_platform_s_name() {
    check(
        "国家级孵化器华澜科创中心、国家级众创空间华澜众创空间等创新要素集聚。",
        &[("platform", "华澜科创中心"), ("platform", "华澜众创空间")],
    );
}

#[test]
fn a_bank_s_branch_in_a_place_is_a_firm_of_its_own() {
    let s = "星澜电子科技有限公司、中国邮政储蓄银行临泽县分行等13家单位签约。";
    check(s, &[("firm", "中国邮政储蓄银行临泽县分行")]);
    let s = "华澜科技与杭州银行股份有限公司临泽支行作签约代表发言。";
    check(s, &[("firm", "杭州银行股份有限公司临泽支行")]);
}

#[test]
fn a_count_after_a_carrier_counts_a_kind() {
    check_absent(
        "并申报市级企校联合创新中心5家,省级星创天地2家。",
        &["申报市级企校联合创新中心", "市级企校联合创新中心"],
    );
    check_absent(
        "根据《关于星澜市省级以上开发区优化整合方案的批复》。",
        &["星澜市省级以上开发区", "省级以上开发区"],
    );
}

#[test]
fn more_kinds_of_platform() {
    // a research institute's short carriers: 创新院, 工研院, 双创中心
    check(
        "与翊欣大学临泽创新院共建临泽双创中心,加强与翊欣工研院合作。",
        &[
            ("platform", "翊欣大学临泽创新院"),
            ("platform", "临泽双创中心"),
            ("platform", "翊欣工研院"),
        ],
    );
    check(
        "星澜电商产业双创基地已签约入驻企业17家。",
        &[("platform", "星澜电商产业双创基地")],
    );
    check(
        "会上成立了甘肃省星澜产业创新创业共同体。",
        &[("platform", "甘肃省星澜产业创新创业共同体")],
    );
    check(
        "星澜大学临泽技术转移中心揭牌。",
        &[("platform", "星澜大学临泽技术转移中心")],
    );
    check(
        "该项目依托澜忠科技中心,研发生产航空专用合金产品。",
        &[("platform", "澜忠科技中心")],
    );
    // a joint research centre serves firms; a state one is an institution
    check(
        "该县与星澜大学合作建立甘肃临泽星澜健康联合研究中心。",
        &[("platform", "甘肃临泽星澜健康联合研究中心")],
    );
    // an engineering (technology) research centre is a designated
    // innovation carrier, whoever set it up
    check(
        "累计引进星澜理工大学(舟山)新材料工程技术研究中心等研发机构。",
        &[("platform", "星澜理工大学(舟山)新材料工程技术研究中心")],
    );
    check(
        "澜忠科技与星澜大学组建星澜大学新材料工程中心。",
        &[("platform", "星澜大学新材料工程中心")],
    );
    // a city's engineering technology centre (工程技术中心, the municipal
    // name of 工程技术研究中心) is one too; the level alone names none
    check(
        "获批的市级工程技术中心是青屿公司的“青海省岚石工程技术中心”。",
        &[("platform", "青海省岚石工程技术中心")],
    );
    check_absent("我县已有4家市级工程技术中心。", &["市级工程技术中心"]);
    // an intellectual-property operation centre serves firms as a
    // protection centre does
    check(
        "青海省高等院校知识产权运营服务中心正式揭牌。",
        &[("platform", "青海省高等院校知识产权运营服务中心")],
    );
    // a research body's named research centre is a unit it sets up
    check(
        "园区引进星澜科学院澜忠研究所新材料研究中心等研发机构。",
        &[("platform", "星澜科学院澜忠研究所新材料研究中心")],
    );
}

#[test]
fn a_latin_brand_before_a_trade() {
    let s = "招商引资硕果累累,XYZ资本《星澜》、北京汇澜药业等一批产业项目落地。";
    check(s, &[("firm", "XYZ资本")]);
}

#[test]
fn firms_opening_the_items_of_a_list_of_projects() {
    let s = "签约项目达到4个,即临泽开发区的共享单车综合产业基地项目、汇澜技改项目、澜忠智能农业机械生产项目、翊欣工贸项目。";
    check(s, &[("firm", "澜忠智能")]);
    // projects of public works open with no firm
    let s = "续建城区道路改造项目、污水处理厂提标项目、学校扩建项目。";
    check_absent(s, &["城区道路", "污水处理"]);
    // the last item closes the list with 等; a trade in 业 or 科技 ends
    // the firm's name before the product
    let s = "包含星澜竹基材料复合管道项目、临泽汭峰钙业环保节能石灰窑项目、华澜科技工业废渣综合利用项目、星澜混凝土搅拌有限公司技改扩能项目等。";
    check(s, &[("firm", "临泽汭峰钙业"), ("firm", "华澜科技")]);
    check_absent(s, &["临泽汭峰钙业环保节能", "华澜科技工业"]);
    // an item that is a brand and its trade, no product after: the whole
    let s = "此次开工建设项目包括星澜机电项目、汭峰五金电器项目、华澜空调设备制造项目。";
    check(s, &[("firm", "汭峰五金")]);
    // in a list of firms' projects, a place and a brand jieba does not
    // know open the others, before their product
    let s = "集中开工的河南星澜科技建设项目、翊欣实业化妆刷建设项目、深圳市汭志晟化妆用具项目、河南通澜化妆建设项目。";
    check(s, &[("firm", "深圳市汭志晟"), ("firm", "河南通澜")]);
    // after a firm's head (橡胶), a weaker trade word (智能) opens the product
    let s = "签约了星澜集团片区开发项目、汭峰橡胶智能交通装备制造项目、翊欣科技园项目等11个项目。";
    check(s, &[("firm", "汭峰橡胶")]);
    check_absent(s, &["汭峰橡胶智能"]);
    // 装饰 is a firm's head as 包装 is (a decoration firm): the two make
    // one trade, and the product follows them
    let s = "签约了星澜集团片区开发项目、汭峰包装装饰高分子新材料项目、翊欣科技园项目等11个项目。";
    check(s, &[("firm", "汭峰包装装饰")]);
    // a trade jieba glued to what is done (机械制造/b) ends the firm's name
    let s = "竣工项目3个,分别是:星澜节能科技项目、翊欣特种玻璃项目、凯澜机械制造项目。";
    check(s, &[("firm", "凯澜机械")]);
    // the list closes with 等 and its sum, the clause going on after it
    let s = "河南星澜科技建设项目、翊欣实业化妆刷建设项目、河南通澜化妆建设项目等3个项目分别签约进入临泽开发区、星澜园区。";
    check(s, &[("firm", "河南通澜")]);
    // a list naming fewer firms' projects names no such firm
    let s = "集中开工的河南星澜科技建设项目、深圳市汭志晟化妆用具项目、河南通澜化妆建设项目。";
    check_absent(s, &["深圳市汭志晟", "河南通澜"]);
}

#[test]
fn a_measure_word_after_a_preposition_opens_a_brand() {
    // 台/q 汭/zg: no figure before the measure word, so it is the brand's
    let s = "该项目将对台汭光伏玻璃有限公司的二期工厂进行改造。";
    check(s, &[("firm", "台汭光伏玻璃有限公司")]);
}

#[test]
fn a_firms_unit_in_a_place_is_no_platform() {
    let s = "走访了星澜热管理系统有限公司杭州研发中心和实验室等入驻企业。";
    check(s, &[("firm", "星澜热管理系统有限公司")]);
    check_absent(s, &["杭州研发中心"]);
}

#[test]
fn a_numeral_word_after_a_place_opens_a_brand() {
    // 三元/m before a registered suffix, 星万/m a word jieba made up
    let s = "签约企业代表、安徽三元新材料有限公司董事长说。";
    check(s, &[("firm", "安徽三元新材料有限公司")]);
    let s = "签约企业代表、宁海星万集成电路有限公司董事长说。";
    check(s, &[("firm", "宁海星万集成电路有限公司")]);
    // two single words (中/f 代/q) after a place, then only trade words
    // before a bare 公司
    check(
        "引进湖南中代农业科技公司投资建设。",
        &[("firm", "湖南中代农业科技公司")],
    );
    // a count of firms is no brand
    check_absent(
        "今年引进浙江一家新材料有限公司。",
        &["浙江一家新材料有限公司"],
    );
    // a verb jieba hardly ever saw (揽胜/v) after a place, and 和
    // before a word it made up (和/c 澜忠/ns), open a registered brand
    let s = "总投资8000万元的临泽揽胜面业有限公司年加工小麦项目。";
    check(s, &[("firm", "临泽揽胜面业有限公司")]);
    let s = "与此同时,广西和澜忠材料科技有限公司投资建设合成树脂项目。";
    check(s, &[("firm", "广西和澜忠材料科技有限公司")]);
    check_absent(
        "浙江和杭州的企业有限公司开会。",
        &["浙江和杭州的企业有限公司"],
    );
    // what a registered firm does (开发/v 建设) is its trade
    check(
        "分别为星澜开发建设股份有限公司项目、翊欣科技项目。",
        &[("firm", "星澜开发建设股份有限公司")],
    );
    // a set phrase (再生资源/l) before the suffix is the trade
    check(
        "签约企业为安徽三元再生资源有限公司。",
        &[("firm", "安徽三元再生资源有限公司")],
    );
    // …and before trade words (自动化/l 科技, 自动化/l 设备): the whole
    // registered name, not the brand and a bare 设备有限公司
    check(
        "四川星澜自动化科技有限公司和马山汭峰自动化设备有限公司投产。",
        &[
            ("firm", "四川星澜自动化科技有限公司"),
            ("firm", "马山汭峰自动化设备有限公司"),
        ],
    );
    check_absent("星澜自动化设备有限公司投产。", &["设备有限公司"]);
    // 企业 before a trade of firms' affairs (企业咨询, 企业管理) is the
    // trade, not the firm word that ends a name on its left
    check(
        "和星澜(上海)企业咨询有限公司项目经理一行来县考察。",
        &[("firm", "星澜(上海)企业咨询有限公司")],
    );
    check("龙头企业星澜集团投产。", &[("firm", "星澜集团")]);
}

#[test]
fn a_towns_new_quarter_is_no_park() {
    // 新城区: the park suffix 新城 runs on into a quarter of the town
    check_absent("目前,开发区新城区重点发展高新技术。", &["开发区新城"]);
    check("建设星澜产业新城。", &[("park", "星澜产业新城")]);
}

#[test]
fn a_county_after_other_than_its_parent_opens_a_registered_name() {
    // 新建 (a district of Nanchang, and a verb) and a park are no parents
    // of 马山县
    check(
        "星澜工业集中区新建马山县星澜锰业有限公司。",
        &[("firm", "马山县星澜锰业有限公司")],
    );
    // its parents stay in the name; a branch's place follows the suffix
    check(
        "南宁市马山县汭峰锰业有限公司和广西马山县翊欣面业有限公司投产。",
        &[
            ("firm", "南宁市马山县汭峰锰业有限公司"),
            ("firm", "广西马山县翊欣面业有限公司"),
        ],
    );
}

#[test]
fn a_list_after_the_kind_of_its_firms() {
    // 企业主要有 opens a list of firms; the clause ends it
    let s = "规模以上企业主要有星澜木业、西北水泥、汭峰环保等,2021年底新引进汽车部件产业。";
    check(
        s,
        &[
            ("firm", "星澜木业"),
            ("firm", "西北水泥"),
            ("firm", "汭峰环保"),
        ],
    );
    check_absent(s, &["汭峰环保等"]);
    // an item that trims to a park's name is no firm
    let s = "参加开工的企业包括星澜电子、翊欣电气、临泽高新区某某基地污水处理厂。";
    let firms: Vec<String> = names(s)
        .into_iter()
        .filter(|(t, _)| *t == EntityType::Firm)
        .map(|(_, n)| n)
        .collect();
    assert!(!firms.iter().any(|n| n.contains("高新区")), "{firms:?}");
    // a registered name's 企业有限 opens no list
    check_absent("星澜企业有限公司、翊欣科技有限公司签约。", &["限公司"]);
}

#[test]
fn a_zones_bare_suffix_after_a_common_word_names_no_zone() {
    // 壮大/a before 开发区: the zone the text speaks of, unnamed
    check_absent("将加速壮大开发区高端制造产业链。", &["壮大开发区"]);
    // after an ethnic group's name the word is the zone's own
    check(
        "景宁畲族自治经济开发区新签约项目5个。",
        &[("park", "景宁畲族自治经济开发区")],
    );
}

#[test]
fn more_kinds_of_park() {
    check(
        "项目分别签约进入临泽经合区、星澜科学城和翊欣双创智造园。",
        &[
            ("park", "临泽经合区"),
            ("park", "星澜科学城"),
            ("park", "翊欣双创智造园"),
        ],
    );
}

#[test]
fn a_park_named_by_its_industry_alone() {
    // jieba cuts the industry unevenly (新能源/n 汽车, 新型建材/n); a modifier
    // opens the run, a verb before it does not
    let s = "企业入驻新能源汽车产业园。新型建材产业园开园。加快建设纺织产业园。";
    check(
        s,
        &[
            ("park", "新能源汽车产业园"),
            ("park", "新型建材产业园"),
            ("park", "纺织产业园"),
        ],
    );
    check_absent(s, &["建设纺织产业园"]);
    // a plural or a list of industries makes it a kind of park
    for s in ["全县建设一批纺织产业园。", "重点发展纺织、轴承等产业园。"]
    {
        let parks: Vec<_> = names(s)
            .into_iter()
            .filter(|(t, _)| *t == EntityType::Park)
            .collect();
        assert!(parks.is_empty(), "{s}: {parks:?}");
    }
}

#[test]
fn an_industry_word_jieba_cuts_in_two_is_one_word_of_the_name() {
    // 再/d 制造/v: the adverb does not end the park's name
    check(
        "引进投资30亿元的磐安再制造产业园。",
        &[("park", "磐安再制造产业园")],
    );
}

#[test]
fn a_listed_firm_whose_brand_is_a_common_word_before_an_industry_word() {
    // 宏大/a 高分子/n 材料/n: the brand ends where the industry begins,
    // and the two trades that end the item are the name's
    check(
        "入驻星澜机械、东岙薄膜、宏大高分子材料等企业,形成产业链条。",
        &[("firm", "宏大高分子材料")],
    );
}

#[test]
fn two_industry_words_make_no_firm() {
    // 轻纺/j is an industry, not a brand's abbreviation
    check_absent("以新能源、新材料、轻纺服装为主导产业。", &["轻纺服装"]);
    check("星澜轻纺有限公司成立。", &[("firm", "星澜轻纺有限公司")]);
}

#[test]
fn a_figure_and_counter_before_a_park_count_a_kind() {
    let s = "规划建设1个经济开发区、1个商贸物流园区和两个星澜产业园。星澜产业园开园。";
    check_absent(s, &["商贸物流园区"]);
    check(s, &[("park", "星澜产业园")]);
}

#[test]
fn a_list_of_kinds_of_platform_names_none() {
    let s = "鼓励企业建立各类工业设计中心、企业技术中心等创新平台。";
    check_absent(s, &["工业设计中心", "企业技术中心"]);
    check(
        "建成星澜研究院、东岙设计中心等创新平台。",
        &[("platform", "东岙设计中心")],
    );
}

#[test]
fn a_level_awarded_is_a_title_not_a_platform() {
    let s = "星澜服务有限公司被认定为国家级中小企业公共服务平台。";
    check_absent(s, &["国家级中小企业公共服务平台"]);
    check(s, &[("firm", "星澜服务有限公司")]);
    // 获批为 awards as 认定为 does
    let s = "岚石孵化器获批为青海省中小企业创业基地,星澜创客空间获批为青海省众创空间。";
    check_absent(s, &["青海省中小企业创业基地", "青海省众创空间"]);
}

#[test]
fn small_firms_before_a_trade_of_their_affairs_are_part_of_the_name() {
    // 中小企业/j 服务/vn: the trade of a registered name, as 企业管理 is
    for s in [
        "星澜中小企业服务有限公司被认定为示范单位。",
        "东岙企业管理咨询有限公司成立。",
    ] {
        let firm = s.split('有').next().unwrap().to_string() + "有限公司";
        check(s, &[("firm", firm.as_str())]);
    }
}

#[test]
fn a_citys_new_town_is_no_park() {
    let s = "坐拥机场和合肥新城建设两大红利。星澜智造新城发展迅速。";
    check_absent(s, &["合肥新城"]);
    check(s, &[("park", "星澜智造新城")]);
}

#[test]
fn a_rank_among_ten_or_a_hundred_is_a_title_not_a_park() {
    let s = "星澜产业集聚区是“十快产业集聚区”“百强园区”。";
    check_absent(s, &["十快产业集聚区", "百强园区"]);
    check(s, &[("park", "星澜产业集聚区")]);
}

#[test]
fn a_cluster_zone_is_named_by_its_place_not_by_its_industry() {
    let s = "县里规划了岳西经济开发区、东岙产业聚集区、浙南光伏产业集聚区,加快形成光伏关联产业聚集区和电子电路产业集聚区。";
    check(
        s,
        &[("park", "东岙产业聚集区"), ("park", "浙南光伏产业集聚区")],
    );
    check_absent(s, &["光伏关联产业聚集区", "电子电路产业集聚区"]);
}

#[test]
fn parks_listed_each_with_its_suffix_are_each_named_by_industry() {
    let s = "园区内设立了星澜产业园、锂电产业园、化工产业园等产业园。";
    check(
        s,
        &[
            ("park", "星澜产业园"),
            ("park", "锂电产业园"),
            ("park", "化工产业园"),
        ],
    );
    check(
        "有东岙智造工业园、翊澜产业园、电气产业园等。",
        &[("park", "电气产业园")],
    );
}

#[test]
fn a_parent_or_subsidiary_named_by_its_relation_is_no_name() {
    let s = "主动对接星澜药业母公司外迁扩产项目。引进央企二三级子公司3家。";
    check(s, &[("firm", "星澜药业")]);
    check_absent(s, &["星澜药业母公司", "央企二三级子公司"]);
}

#[test]
fn a_science_parks_unit_in_a_province_is_a_platform() {
    let s = "星澜科技园浙江创新中心举行开园暨项目签约仪式。";
    check(s, &[("platform", "星澜科技园浙江创新中心")]);
}

#[test]
fn a_common_verb_after_a_park_is_its_predicate() {
    let s = "同意将临泽星澜产业转移工业园纳入省级产业转移园管理。";
    check(s, &[("park", "临泽星澜产业转移工业园")]);
    check_absent(s, &["临泽星澜产业转移工业园纳入省级产业转移园"]);
    // a rare verb is the next park's own
    check(
        "在临泽高新区还乡创业园某某公司车间内。",
        &[("park", "临泽高新区还乡创业园")],
    );
}

#[test]
fn two_lists_paired_by_fenbie_name_firms_each() {
    // 分别与 pairs two lists; the count closing the second is no part of
    // its last item
    let s = "园区的四家企业,星澜科技、翊欣金属、华澜电子、汭峰金属分别与瑞澜国际、澜忠集团、星汭集团、翊澜控股四家上市公司联姻。";
    check(s, &[("firm", "汭峰金属"), ("firm", "瑞澜国际")]);
    check_absent(s, &["汭峰金属分别与瑞澜国际"]);
}

#[test]
fn a_cue_inside_a_list_closes_it() {
    // 等一批大企业 sums up the firms before it; 大项目 after it is no mate
    let s = "星澜集团、翊欣制药、汭峰服装、澜溪新区等一批大企业、大项目相继落户。";
    check(s, &[("firm", "汭峰服装")]);
    check_absent(s, &["澜溪新区等一批大企业", "大项目相继落户"]);
    let s = "星澜集团、翊欣环境等一批世界500强企业、央企落户马山。";
    check_absent(s, &["央企落户马山"]);
}

#[test]
fn rankings_joined_before_the_head_still_sum_up_firms() {
    let s = "先后引进星岚、翠屿、翊岙、鹤峦等世界500强、中国500强企业。";
    check(
        s,
        &[
            ("firm", "星岚"),
            ("firm", "翠屿"),
            ("firm", "翊岙"),
            ("firm", "鹤峦"),
        ],
    );
}

#[test]
fn a_universitys_short_name_is_no_firm() {
    // 某某交大, 某某工大: universities, whatever rule reads them as partners
    check_absent("与北京交大合作共建实验室。", &["北京交大"]);
    check_absent("与东北师大合作共建实验室。", &["东北师大"]);
}

#[test]
fn housing_projects_in_a_project_list_are_no_firms() {
    // an estate (某某苑安居房) or a farm stay (某某共享农庄) in a list of
    // projects is a project, not a firm
    let s = "星澜苑安居房、翊欣共享农庄、汭峰科技智能仪器项目等11个项目集中竣工。";
    check_absent(s, &["星澜苑", "星澜苑安居房", "翊欣共享农庄"]);
    check(s, &[("firm", "汭峰科技")]);
}

#[test]
fn a_parks_former_name_in_brackets_is_no_park_of_its_own() {
    let s = "星澜化工产业园（原马山县生物产业园）位于县城。";
    check(s, &[("park", "星澜化工产业园")]);
    check_absent(s, &["原马山县生物产业园", "马山县生物产业园"]);
    let got = {
        let mut out = Vec::new();
        sentence_names(s, &mut out);
        out
    };
    assert!(got
        .iter()
        .any(|c| c.name == "星澜化工产业园" && c.aliases.iter().any(|a| a == "马山县生物产业园")));
}

#[test]
fn a_place_jieba_reads_as_a_verb_names_a_park() {
    // jieba: 开封/v, 宣化/vn before a park's suffix
    check("近年来,开封高新区重点引进企业。", &[("park", "开封高新区")]);
    check(
        "宣化经济开发区重点引进企业。",
        &[("park", "宣化经济开发区")],
    );
    // a verb that is no place still introduces the park (宣传推介经开区)
    check_absent("宣传推介经开区的营商环境。", &["宣传推介经开区"]);
}

#[test]
fn a_common_word_in_brackets_inside_a_name_is_part_of_it() {
    check(
        "星澜(国际)绿色茶叶产业园开工。",
        &[("park", "星澜(国际)绿色茶叶产业园")],
    );
    check_absent("星澜(国际)绿色茶叶产业园开工。", &["绿色茶叶产业园"]);
    check(
        "翊欣安全(应急)装备产业园开工。",
        &[("park", "翊欣安全(应急)装备产业园")],
    );
    // an area jieba knows as a place, no division of the gazetteer
    let area = "该区建设岚石(京西)低碳智造科技园,引进企业。";
    check(area, &[("park", "岚石(京西)低碳智造科技园")]);
    check_absent(area, &["低碳智造科技园"]);
    // a place in brackets after the name is no common word
    check(
        "星澜电子(杭州)有限公司投资。",
        &[("firm", "星澜电子(杭州)有限公司")],
    );
}

#[test]
fn a_direction_before_a_bracketed_place_is_no_brand() {
    let s = "星澜区举行东部(马山)科学城翊欣片区重大项目集中开工活动。";
    check_absent(s, &["东部"]);
    // a brand before its place in brackets still counts (ANNOTATION rule 6)
    check("星澜(马山)科创产业园项目开工。", &[("firm", "星澜")]);
    // the city the bracketed county lies in follows the brand, not in it
    let s = "双方签订项目投资协议书,计划投资60亿元建设星澜南宁(马山)创业园。";
    check(s, &[("firm", "星澜")]);
    check_absent(s, &["星澜南宁"]);
    // a zone places build together is named by the places, not a developer
    check_absent("计划在澜翊沪(马山)经济合作区建设三期项目。", &["澜翊沪"]);
}

/// The cut verbs' automaton finds the end of the last cut verb as the scan
/// it replaced (the last occurrence of each verb) did, overlaps included.
#[test]
fn cut_verb_automaton_ends_where_the_scan_did() {
    let verbs = &rules().cut_verbs;
    let scan = |span: &str| {
        verbs
            .iter()
            .filter_map(|v| span.rfind(v).map(|p| p + v.len()))
            .max()
    };
    let mut spans: Vec<String> = vec![String::new(), "星澜电子".into()];
    for (i, a) in verbs.iter().enumerate() {
        let b = verbs[(i * 7 + 3) % verbs.len()];
        spans.push(format!("星澜{a}翊欣{b}"));
        spans.push(format!("{a}{b}{a}电子"));
        // a verb's tail that opens another (overlaps)
        spans.push(format!(
            "{a}{}",
            &b[b.char_indices().nth(1).map_or(0, |(k, _)| k)..]
        ));
    }
    for span in &spans {
        assert_eq!(last_cut_verb_end(span), scan(span), "{span}");
    }
}

#[test]
fn a_verb_opening_a_park_list_is_no_part_of_its_first_park() {
    let s = "两大片区,后者依托光电产业园、杭州翊欣产业园、临江产业园发展。";
    check(s, &[("park", "光电产业园"), ("park", "杭州翊欣产业园")]);
    check_absent(s, &["后者依托光电产业园"]);
}

#[test]
fn a_province_after_a_city_opens_the_firms_name() {
    let s = "项目由杭州市安徽翊澜机械设备有限公司投资建设。";
    check(s, &[("firm", "安徽翊澜机械设备有限公司")]);
    check_absent(s, &["杭州市安徽翊澜机械设备有限公司"]);
    check(
        "考察组赴衢州市浙江星澜能源公司对接项目。",
        &[("firm", "浙江星澜能源公司")],
    );
    // a city under its province keeps its place (某省某市某某有限公司)
    check(
        "项目由安徽省合肥市翊澜机械有限公司投资建设。",
        &[("firm", "安徽省合肥市翊澜机械有限公司")],
    );
}

#[test]
fn a_verb_right_after_yu_opens_the_firms_name() {
    for verb in ["振兴", "奋进", "再造"] {
        let firm = format!("{verb}澜泽新材料有限公司");
        let s = format!("副旗长带队赴东岙市与{firm}对接洽谈。");
        check(&s, &[("firm", firm.as_str())]);
    }
}

#[test]
fn a_trade_before_ji_grades_a_product() {
    check_absent("项目投产后,年产电池级碳酸锂2万吨。", &["年产电池"]);
    check_absent("全年生产食品级硅胶3000吨。", &["生产食品"]);
    // a brand before its trade is still a firm (与某某电池合作)
    check("县政府与翊澜电池合作建设项目。", &[("firm", "翊澜电池")]);
}

#[test]
fn a_coined_word_before_a_trades_field_is_no_brand() {
    let s = "园区按照“两链”定位(硼系材料产业链、磷系材料产业链)发展。";
    check_absent(s, &["硼系材料", "磷系材料"]);
    // opening a clause before anything else, it is one (某某材料投产…)
    check("硼系材料投产后年产值可达5亿元。", &[("firm", "硼系材料")]);
}

#[test]
fn a_coined_brand_before_a_capacity_figure_is_a_firm() {
    let s = "竣工项目分别是翊澜科技有限公司年产5万吨电池项目、铭澜玻璃年产20万箱玻璃器皿、恒澜中硕年产3万吨碳酸锂项目。";
    check(s, &[("firm", "铭澜玻璃"), ("firm", "恒澜中硕")]);
    // common words before the figure are no firm
    check_absent("项目建成后,现已具备年产5万吨的能力。", &["现已具备"]);
}

#[test]
fn a_list_mostly_of_named_parks_names_its_descriptive_parks_too() {
    let s = "翊澜产业园、星澜产业园、精密装备产业园、桦澜小镇……今年以来,该市加快布局园区。";
    check(s, &[("park", "精密装备产业园")]);
    // items named by their industry alone are parks whenever they are
    // listed as parks, each with its own suffix
    check(
        "翊澜产业园、高端纺织产业园、精密装备产业园……",
        &[("park", "精密装备产业园"), ("park", "高端纺织产业园")],
    );
}

#[test]
fn a_list_of_a_kind_of_projects_names_no_firms() {
    let s = "集中开工建设了翊澜古村景区、星澜温泉度假区等3个旅游类项目。";
    check_absent(s, &["星澜", "翊澜古村", "星澜温泉"]);
}

#[test]
fn a_list_a_verb_of_developing_opens_names_products() {
    let s = "开发建设玉米蛋白、葡萄糖酸钙、米糠油、玉米胚芽等项目12个。";
    check_absent(s, &["玉米蛋白", "葡萄糖酸钙", "米糠油", "玉米胚芽", "玉米"]);
    // 开发区 is no verb of developing: its list names firms
    check(
        "开发区已先后引进包括翊澜电子、星澜新材料等在内的9个工业项目。",
        &[("firm", "翊澜电子")],
    );
}

#[test]
fn ji_joining_two_events_opens_no_name() {
    let s = "县里举行重点项目集中开工暨翊澜文化创意产业园奠基仪式。";
    check(s, &[("park", "翊澜文化创意产业园")]);
    check_absent(s, &["暨翊澜文化创意产业园"]);
    let s = "园区举行项目签约暨星澜工业园开园仪式。";
    check(s, &[("park", "星澜工业园")]);
    check_absent(s, &["暨星澜工业园"]);
}

#[test]
fn a_word_jieba_does_not_know_tagged_verb_names_a_park() {
    // jieba: 可涌/v, a word it made up
    check(
        "全面提速翊澜物流城、可涌工业园区等6个产业平台。",
        &[("park", "可涌工业园区")],
    );
    // verbs it knows introduce a park named elsewhere
    check_absent("宣传推介工业园区的营商环境。", &["宣传推介工业园区"]);
}

#[test]
fn officials_listed_before_entrepreneurs_are_no_firms() {
    let s = "星澜市副市长张翊澜、翊欣区委书记李星海、区长王澜等和企业家共同见证了签约。";
    check_absent(s, &["星澜市副市长张翊澜", "翊欣区委书记李星海", "区长王澜"]);
}

#[test]
fn a_product_after_a_quantity_in_a_project_name_is_no_firm() {
    let s = "总投资5亿元的翊澜新材料年产800吨高纯氧化物半导体材料项目落户园区。";
    check_absent(s, &["高纯氧化物半导体"]);
}

#[test]
fn a_trade_glued_to_its_activity_in_a_list_of_firm_kinds_is_no_firm() {
    // jieba reads 机械加工 as one noun: a kind of work all the same
    check_absent(
        "岙川则重点吸引机械加工、农副产品加工等中小企业。",
        &["机械加工"],
    );
}

#[test]
fn a_project_that_opens_with_its_capacity_names_no_firm() {
    let s = "签约项目包括年产100吨高纯石英材料项目、年产5万套汽车配件项目、星澜电子项目等。";
    check(s, &[("firm", "星澜电子")]);
    check_absent(s, &["年产100吨高纯石英材料", "年产5万套汽车"]);
}

#[test]
fn a_products_code_after_a_brand_in_a_project_list_leaves_the_brand() {
    let s = "投资6亿元的星澜IGBT芯片生产项目、投资5亿元的东岙新材料年产190万件日化产品项目、投资3亿元的翊澜电子二期项目等正在推进。";
    check(s, &[("firm", "星澜"), ("firm", "东岙新材料")]);
    check_absent(s, &["星澜IGBT芯片"]);
}

#[test]
fn a_park_after_the_verb_develop_starts_after_it() {
    // jieba knows 大力发展 as one word (nz): the verb still ends the text
    // before the park's name.
    check(
        "全县大力发展翊澜产业园，引进企业12家。",
        &[("park", "翊澜产业园")],
    );
    check_absent(
        "全县大力发展翊澜产业园，引进企业12家。",
        &["大力发展翊澜产业园"],
    );
}

#[test]
fn a_one_character_verb_after_a_name_introduces_the_next() {
    // 建 after a township: the park named after it starts after the verb
    // (jieba glues 镇建 into one word it made up)
    check_absent("在星澜镇建汽车产业园。", &["星澜镇建汽车产业园"]);
    check("在星澜镇建汽车产业园。", &[("park", "汽车产业园")]);
    // and after a centre's name
    check_absent("东岙检测中心建化工产业园。", &["东岙检测中心建化工产业园"]);
}

#[test]
fn a_registered_name_reaches_over_a_verb_before_its_trade() {
    // 露天/v before the trade alone: the name does not start at the trade
    check(
        "公司与山西青松露天煤业股份有限公司签约。",
        &[("firm", "山西青松露天煤业股份有限公司")],
    );
}

#[test]
fn a_compass_word_opens_a_schools_name() {
    // jieba reads 南方 as a direction (f): a university's research
    // institute still carries the whole university's name
    check(
        "南方医科大学星澜研究院揭牌。",
        &[("platform", "南方医科大学星澜研究院")],
    );
}

#[test]
fn a_compass_word_opening_the_clause_opens_a_firms_registered_name() {
    let s = "岳西县签约安庆星澜生物科技有限公司、北方东岙工程设计研究院有限公司。";
    check(s, &[("firm", "北方东岙工程设计研究院有限公司")]);
    check_absent(s, &["东岙工程设计研究院有限公司"]);
    check(
        "南方翊澜电子有限公司在岳西投资。",
        &[("firm", "南方翊澜电子有限公司")],
    );
    // after 的 the compass word is where the firm stands, not its name
    check_absent(
        "位于北方的星澜新材料有限公司",
        &["北方的星澜新材料有限公司"],
    );
}

#[test]
fn a_one_per_town_formula_is_no_platform() {
    check_absent("全区形成了“一镇一平台”的创新体系。", &["一镇一平台"]);
    check_absent("全区形成了“两园一平台”的发展格局。", &["两园一平台"]);
    // an ASCII comma closes the clause: 企业 after it sums up nothing
    check_absent(
        "进一步完善星澜工业园区发展规划,加快一期征地和“七通一平”等配套设施,为企业入驻园区创造良好条件。",
        &["七通一平"],
    );
}

#[test]
fn a_list_of_kinds_of_work_names_no_firms() {
    // set phrases (技术改造/l) are kinds of project as much as nouns are
    let s = "申报省级中小企业发展、民生工业、技术改造、特色轻工等项目的有星澜纺织品有限公司。";
    check_absent(s, &["民生工业", "特色轻工", "技术改造"]);
    check_absent("对技术改造、技术创新等项目进行申报。", &["技术创新"]);
}

#[test]
fn a_grade_by_size_is_no_part_of_a_park() {
    check(
        "已建成的千万吨级星澜化工产业园。",
        &[("park", "星澜化工产业园")],
    );
    check_absent(
        "已建成的千万吨级星澜化工产业园。",
        &["万吨级星澜化工产业园"],
    );
}

#[test]
fn the_preposition_of_a_leader_frame_is_no_part_of_the_firm() {
    // jieba glues 以 to a brand it does not know (以某某/nr 集团)
    let s = "2020年，以翊澜集团、星澜电子为龙头的食品产业集群加快成长。";
    check(s, &[("firm", "翊澜集团")]);
    check_absent(s, &["以翊澜集团"]);
}

#[test]
fn a_listed_companys_short_name_fills_a_leader_frame() {
    // 中国医药 is common words to jieba, but a listed company's short name:
    // heading an industry (以…为龙头) it is the firm
    check(
        "全市以中国医药为龙头，打造医药产业集群。",
        &[("firm", "中国医药")],
    );
    check_absent("全市以医药制造为龙头，打造医药产业集群。", &["医药制造"]);
}

#[test]
fn a_zone_named_by_a_place_jieba_cut_at_a_measure_word() {
    // 寨/ng 场/q: no figure before 场, so it counts nothing; it ends the
    // place that names the zone
    let s = "项目分别进入东岙经济开发区和寨场开发区。";
    check(s, &[("park", "寨场开发区")]);
}

#[test]
fn a_made_up_figure_with_a_brands_character_is_a_brand() {
    // jieba reads 宏一 as a figure (m) for its 一
    check(
        "东岙科技项目、宏一兄弟集团总部项目签约。",
        &[("firm", "宏一兄弟集团")],
    );
}

#[test]
fn a_cut_verb_read_across_two_words_leaves_the_name_whole() {
    // 合建 is a cut verb, but here 合 ends the brand and 建 opens 建材
    let s = "东岙三合建材有限公司负责人出席。";
    check(s, &[("firm", "东岙三合建材有限公司")]);
    check_absent(s, &["材有限公司"]);
}

#[test]
fn a_coined_brand_and_a_word_before_a_production_line_is_a_firm() {
    // in a list of firms' projects, 彩印 is the trade though no industry
    // word: the production line closes the firm's part
    let s = "本批开工的有：东岙科技新材料项目、星翎彩印生产线项目、宏澜科技电子元件项目。";
    check(s, &[("firm", "星翎彩印")]);
}

#[test]
fn an_amount_before_each_project_of_a_list_leaves_the_firm_opening_it() {
    // 总投资…元的 is said of the project; the list's first item starts after it
    let s = "签约项目包括总投资6亿元的星澜电子金属事业部和整机生产项目、\
             总投资5亿元的东岙电子扩建项目、总投资4亿元的翊澜科技汽车配件项目等。";
    check(s, &[("firm", "星澜电子")]);
}

#[test]
fn a_description_before_a_listed_firm_is_no_part_of_its_name() {
    // 领导者, 龙头企业: the firm's name is what follows the description
    let s = "引导培育的中国高品质鸡蛋领导者星澜、中国畜牧饲料行业十大企业东岙饲料、\
             著名食品龙头企业翊澜食品等公司领跑健康食品加工企业。";
    check(
        s,
        &[("firm", "星澜"), ("firm", "东岙饲料"), ("firm", "翊澜食品")],
    );
    check_absent(s, &["中国高品质", "著名食品"]);
    // a registered name with 企业 inside keeps it: a common word follows 企业
    check(
        "引进了星澜企业管理有限公司、东岙电子等公司。",
        &[("firm", "星澜企业管理有限公司")],
    );
}

#[test]
fn a_valley_of_light_or_of_wisdom_is_a_park() {
    // 光谷, 智谷, 创新谷…: parks named after Wuhan's Optics Valley
    check(
        "近年来，东岙依托星澜光谷和翊澜创新谷，引进企业30多家。",
        &[("park", "星澜光谷"), ("park", "翊澜创新谷")],
    );
}

#[test]
fn a_double_dash_introduces_a_platforms_name() {
    let s = "星澜集团在园区设立分支机构——东岙翊澜工业技术研究院。";
    check(s, &[("platform", "东岙翊澜工业技术研究院")]);
    check_absent(s, &["分支机构——东岙翊澜工业技术研究院"]);
}

#[test]
fn a_preposition_glued_before_a_place_word_starts_no_park() {
    let s = "园区规划两处，即城西北综合产业园和城北星澜产业园。";
    check(s, &[("park", "城西北综合产业园")]);
    check_absent(s, &["即城西北综合产业园"]);
    let s = "项目由城西北新材料产业园承接。";
    check(s, &[("park", "城西北新材料产业园")]);
}

#[test]
fn parks_summed_up_by_a_count_right_after_the_last_are_parks() {
    let s = "全市依托星澜生物科技产业园、装备制造园和岙川精密加工园三大专业园区，聚焦优势产业。";
    check(s, &[("park", "装备制造园"), ("park", "岙川精密加工园")]);
    check_absent(
        s,
        &["装备制造园和岙川精密加工园", "岙川精密加工园三大专业园区"],
    );
}

#[test]
fn a_partner_named_by_a_place_and_yuan_is_a_park() {
    check("该县与东岙海淀园签订合作协议。", &[("park", "东岙海淀园")]);
    check("该县与百果园签订合作协议。", &[("firm", "百果园")]);
}

#[test]
fn an_industrial_cooperation_zone_is_a_park() {
    check(
        "“一区”即星澜东岙健康产业合作区。",
        &[("park", "星澜东岙健康产业合作区")],
    );
}

#[test]
fn two_industries_joined_before_one_suffix_name_one_park() {
    let s = "6月27日，星澜医疗器械及汽车电子产业园项目在东岙开发区开工。";
    check(s, &[("park", "星澜医疗器械及汽车电子产业园")]);
    check_absent(s, &["汽车电子产业园", "星澜医疗器械及汽车电子"]);
    let s = "规划面积12.5平方公里的东岙粮油精深加工暨设施农业示范园区以农副产品加工为主。";
    check(s, &[("park", "东岙粮油精深加工暨设施农业示范园区")]);
    // a park ending the first item is a list of two parks
    check(
        "建设星澜产业园及岙川新材料产业园。",
        &[("park", "星澜产业园"), ("park", "岙川新材料产业园")],
    );
}

#[test]
fn a_processing_park_is_a_park() {
    check(
        "20平方公里东岙镁制品加工园，重点发展镁耐材产业集群。",
        &[("park", "东岙镁制品加工园")],
    );
}

#[test]
fn a_locative_that_opens_a_township_s_name_is_part_of_the_park() {
    // 下枣林 is a township (下枣林乡); jieba reads 下/f 枣林/ns
    check(
        "规划面积12平方公里的下枣林工业园区以建材产业为主导产业。",
        &[("park", "下枣林工业园区")],
    );
    // a locative before a place that makes no township stays out
    let s = "项目落在园区东侧的上枣林工业园区。";
    check(s, &[("park", "枣林工业园区")]);
    check_absent(s, &["上枣林工业园区"]);
}

#[test]
fn a_locative_that_opens_a_clause_is_part_of_the_park() {
    // 下/f 枣林/ns: a clause does not open with "under": 下 opens the place
    check(
        "截至目前，下枣林工业园区建设已完成投资3亿元。",
        &[("park", "下枣林工业园区")],
    );
    // after the noun it places, a locative stays out
    let s = "园区内枣林工业园区建设已完成投资3亿元。";
    check_absent(s, &["内枣林工业园区"]);
}

#[test]
fn a_park_owned_by_the_county_is_no_name() {
    // 县属 (the county's own) describes which parks, it names none
    check_absent(
        "东岙县“三措并举”大力推进县属工业园区快速发展。",
        &["县属工业园区"],
    );
    // 整个 (the whole) points back at a park named before
    check_absent(
        "星澜智能家居产业园项目工地一片繁忙,整个产业园项目预计5月完工。",
        &["整个产业园"],
    );
}

#[test]
fn china_before_a_country_s_one_character_form_opens_the_name() {
    let s = "通过生态吸引，中英氢能汽车联合创新中心落户东岙。";
    check(s, &[("platform", "中英氢能汽车联合创新中心")]);
    check_absent(s, &["英氢能汽车联合创新中心"]);
}

#[test]
fn items_listed_beside_a_registered_firm_are_firms() {
    // a brand jieba reads as a numeral's word, and one it cuts in two
    check(
        "项目组前往星澜饮片有限公司、四方制药、浙江泰尔康药业等进行考察。",
        &[
            ("firm", "星澜饮片有限公司"),
            ("firm", "四方制药"),
            ("firm", "浙江泰尔康药业"),
        ],
    );
    // an industry before the trade is a kind of work, not a brand
    check_absent("走访了星澜饮片有限公司、生物制药等行业。", &["生物制药"]);
    // no 、 beside the registered firm: no list
    check_absent("星澜饮片有限公司与四方制药签约。", &["四方制药"]);
}

#[test]
fn a_national_research_institute_is_an_institution() {
    check(
        "中国星澜科学研究院专家来县调研。",
        &[("institution", "中国星澜科学研究院")],
    );
    // a local one stays a platform
    check("岙川星澜研究院揭牌。", &[("platform", "岙川星澜研究院")]);
}

#[test]
fn a_set_phrase_right_before_a_platform_s_suffix_is_its_field() {
    check(
        "星澜大学岙川技术创新研究院揭牌。",
        &[("platform", "星澜大学岙川技术创新研究院")],
    );
}

#[test]
fn a_list_summed_up_as_public_service_platforms() {
    check(
        "园区打造星澜检测中心、岙川人力共享中心等公共服务平台。",
        &[("platform", "岙川人力共享中心")],
    );
}

#[test]
fn an_adverb_and_verb_jieba_reads_as_one_noun_opens_no_name() {
    // 充分发挥/n: an adverb and a verb in jieba's dictionary as one noun
    check("充分发挥星澜集团的示范引领作用。", &[("firm", "星澜集团")]);
    check_absent("充分发挥星澜集团的示范引领作用。", &["充分发挥星澜集团"]);
}

#[test]
fn a_one_character_verb_before_a_park_suffix_takes_the_park_as_object() {
    // 民营企业建园区: who builds parks, not a park's name
    check_absent(
        "会议肯定岳西县民营企业建园区这一创新举措。",
        &["岳西县民营企业建园区", "民营企业建园区"],
    );
    check(
        "岳西县星澜化工园区今年新签约项目8个。",
        &[("park", "岳西县星澜化工园区")],
    );
}

#[test]
fn a_person_after_a_title_of_office_opens_no_firm() {
    // two signatories joined without 和: the dean's name is no brand
    let text = "岙川学院院长王建国星澜科技有限公司董事长李明共同签约。";
    check(text, &[("firm", "星澜科技有限公司")]);
    check_absent(
        text,
        &["王建国星澜科技有限公司", "院长王建国星澜科技有限公司"],
    );
}

#[test]
fn good_after_a_verb_completes_the_verb_and_opens_no_name() {
    // 运用好: the act done well, not a brand 好某省…
    let text = "充分运用好安徽省星澜纤维产业创新中心平台,完善产品体系。";
    check(text, &[("platform", "安徽省星澜纤维产业创新中心")]);
    check_absent(text, &["好安徽省星澜纤维产业创新中心"]);
}

#[test]
fn zhong_and_one_character_make_a_state_firms_short_name() {
    // 随着/p 中/f 船/n: 中船 opens the park's name, it is no position word
    let text = "随着中船宁波海洋装备科技园、星澜产业园相继开工。";
    check(text, &[("park", "中船宁波海洋装备科技园")]);
    check_absent(text, &["船宁波海洋装备科技园"]);
}

#[test]
fn a_one_character_adjective_after_a_one_character_verb_completes_it() {
    // 做大做强: 做/v 强/a, how the act ends, not a park's first word
    check_absent(
        "加快发展电子信息等产业,做大做强特色产业园区所取得的成效。",
        &["强特色产业园区"],
    );
    // after a place the two characters are a brand jieba's HMM cut in two
    check(
        "浙江安新新能源集团有限公司年产电池10万套。",
        &[("firm", "浙江安新新能源集团有限公司")],
    );
}

#[test]
fn scope_and_scale_words_open_no_name() {
    // 全省高新区: the province's zones as a class, 申报: the act of applying
    check_absent(
        "在新一期全省高新区考评中,岙川园区综合排名跃升16位。",
        &["新一期全省高新区"],
    );
    check_absent("申报省级高新区是一个长期创建的过程。", &["申报省级高新区"]);
    // 提出: a place speaks of a park it plans, the verb is no part of it
    check(
        "今年,岳西提出东岙蓝色经济产业园概念,联动整个半岛。",
        &[("park", "东岙蓝色经济产业园")],
    );
    // 规上: firms above the reporting size, no brand
    check_absent("规上纺织服装企业总数达114家。", &["规上纺织"]);
}

#[test]
fn a_listed_short_name_after_its_home_keeps_the_home() {
    check(
        "分别引进了安徽古井贡酒与星澜硬质合金等项目。",
        &[("firm", "安徽古井贡酒")],
    );
    check_absent(
        "分别引进了安徽古井贡酒与星澜硬质合金等项目。",
        &["古井贡酒"],
    );
}

#[test]
fn a_national_agricultural_high_tech_zone_is_a_park() {
    check(
        "考察团先后到岳西国家农高区核心区考察学习。",
        &[("park", "岳西国家农高区")],
    );
    check(
        "东岙农业高新技术产业示范区揭牌。",
        &[("park", "东岙农业高新技术产业示范区")],
    );
}

#[test]
fn a_made_up_word_after_a_free_place_before_a_trade_is_a_brand() {
    // 优岙/g: jieba's model made it up; after a province, before 科技
    check(
        "江苏优岙科技成为岳西首家科创板上市企业。",
        &[("firm", "江苏优岙科技")],
    );
}

#[test]
fn list_items_opening_with_one_field_word_are_kinds_not_firms() {
    check_absent(
        "星澜药业、东岙制药等企业完成了中药萃取、中药配方颗粒及中药饮品等12个项目的签约。",
        &["中药萃取", "中药配方颗粒", "中药饮品"],
    );
    check(
        "星澜药业、东岙制药等企业完成了中药萃取、中药配方颗粒及中药饮品等12个项目的签约。",
        &[("firm", "星澜药业"), ("firm", "东岙制药")],
    );
}

#[test]
fn items_of_a_list_summed_up_as_industries_are_trades() {
    check_absent(
        "新能源汽车、钠离子电池等战略性新兴产业发展迅速。",
        &["钠离子电池"],
    );
    check_absent(
        "重点引进创新药物、高端医疗器械、特医食品、医美产品等产业。",
        &["特医食品"],
    );
    // a list of an industry's firms still names firms
    check(
        "引进星澜电池、东岙食品等产业链企业。",
        &[("firm", "星澜电池"), ("firm", "东岙食品")],
    );
}

#[test]
fn and_between_two_industries_joins_the_fields_of_one_park() {
    check(
        "在位于园区新能源与精细化工产业园内的星澜药业大楼里，团队正在工作。",
        &[("park", "新能源与精细化工产业园")],
    );
    let s = "占地5平方公里的新材料及关键零部件产业园建设顺利推进。";
    check(s, &[("park", "新材料及关键零部件产业园")]);
    check_absent(s, &["关键零部件产业园"]);
    // 和, after a word that ends in an industry (锂电池 ends in 电池)
    let s = "园区建设了锂电池和零部件产业园、食品加工产业园、物流园。";
    check(s, &[("park", "锂电池和零部件产业园")]);
    check_absent(s, &["零部件产业园"]);
    // 与 before a park's name is still the preposition
    check(
        "星澜新材料与岳西经济开发区签约。",
        &[("park", "岳西经济开发区")],
    );
}

#[test]
fn a_verb_of_going_or_naming_opens_no_name() {
    // jieba's HMM glues 叫 to the brand after it (叫星澜/n)
    check(
        "这家企业叫星澜(岳西)管件有限公司,是合资企业。",
        &[("firm", "星澜(岳西)管件有限公司")],
    );
    check_absent(
        "这家企业叫星澜(岳西)管件有限公司,是合资企业。",
        &["叫星澜(岳西)管件有限公司"],
    );
    check(
        "先后到东岙、星澜、翊澜等7家企业调研摸底。",
        &[("firm", "东岙"), ("firm", "星澜"), ("firm", "翊澜")],
    );
    check_absent("先后到东岙、星澜、翊澜等7家企业调研摸底。", &["到东岙"]);
}

#[test]
fn a_list_item_opens_after_its_last_possessive() {
    let text = "配套的农机装备升级示范园、仓储物流园、光伏储能产业园等3个产业园项目正在推进。";
    check(
        text,
        &[("park", "农机装备升级示范园"), ("park", "仓储物流园")],
    );
    check_absent(text, &["配套的农机装备升级示范园"]);
}

#[test]
fn a_preposition_glued_to_a_person_ends_before_the_place() {
    // jieba's HMM reads 王真永在 as one name (nr)
    check(
        "王真永在岳西财富工业园区调研。",
        &[("park", "岳西财富工业园区")],
    );
    check_absent(
        "王真永在岳西财富工业园区调研。",
        &["王真永在岳西财富工业园区"],
    );
    check(
        "副州长王真永在岳西经济开发区项目现场致辞。",
        &[("park", "岳西经济开发区")],
    );
}

#[test]
fn a_common_verb_before_a_known_organisation_is_no_part_of_its_name() {
    // jieba knows 上海大众 as an organisation (nt)
    check(
        "全力引进和服务上海大众公司投资项目。",
        &[("firm", "上海大众公司")],
    );
    check_absent(
        "全力引进和服务上海大众公司投资项目。",
        &["服务上海大众公司"],
    );
    // so is one before a place: names open with places
    check(
        "可有效消化南洋公司生产过程中产生的废渣。",
        &[("firm", "南洋公司")],
    );
    check_absent(
        "可有效消化南洋公司生产过程中产生的废渣。",
        &["有效消化南洋公司"],
    );
}

#[test]
fn zero_carbon_is_a_generic_modifier_like_low_carbon() {
    // 零碳产业园 alone names no park; inside a zone's name it is one
    check(
        "项目落户岳西经济开发区零碳产业园,总投资5亿元。",
        &[("park", "岳西经济开发区零碳产业园")],
    );
    check_absent(
        "项目落户岳西经济开发区零碳产业园,总投资5亿元。",
        &["零碳产业园"],
    );
    check_absent("高标准打造绿色园区、生态园区、零碳园区。", &["零碳园区"]);
}

#[test]
fn ji_or_yu_between_fields_of_study_stays_in_a_platforms_name() {
    check(
        "星澜市成立岳西智能装备及仪表研究院。",
        &[("platform", "岳西智能装备及仪表研究院")],
    );
    check_absent("星澜市成立岳西智能装备及仪表研究院。", &["仪表研究院"]);
    check(
        "其中岳西新材料与能源技术研发中心已获批。",
        &[("platform", "岳西新材料与能源技术研发中心")],
    );
    // after a name, 与 pairs two bodies
    check(
        "星澜大学与岳西新材料研究院合作。",
        &[("platform", "岳西新材料研究院")],
    );
    check_absent(
        "星澜大学与岳西新材料研究院合作。",
        &["星澜大学与岳西新材料研究院"],
    );
}

#[test]
fn a_long_description_before_a_double_dash_keeps_the_platform_after_it() {
    check(
        "成立了省内首家县级公共研发服务平台——岳西星澜装备研究院，每年投入。",
        &[("platform", "岳西星澜装备研究院")],
    );
}

#[test]
fn common_verbs_alone_in_a_list_are_processes_not_firms() {
    check_absent(
        "园区内的印刷、包装、铸造等十家配套企业。",
        &["印刷", "包装", "铸造"],
    );
}

#[test]
fn a_list_closed_by_a_quantifier_of_kinds_lists_kinds() {
    check_absent(
        "集聚了电机、铸造、电缆电线、机械密封等各类配套企业。",
        &["电机", "铸造", "电缆电线", "机械密封"],
    );
    check(
        "集聚了电机、铸造等配套企业,星澜、东岙等一批企业逐步成长。",
        &[("firm", "星澜"), ("firm", "东岙")],
    );
}

#[test]
fn a_mark_between_numerals_splits_no_list() {
    // 第一、二批 counts batches: the list is of two kinds of work
    check_absent(
        "对星澜市第一、二批中小企业发展和技术改造、技术创新等项目进行申报。",
        &["技术创新", "技术改造"],
    );
}

#[test]
fn warehousing_before_a_trade_is_no_brand() {
    // jieba tags 仓储 as an abbreviation (j), as it tags names
    check_absent(
        "这是一个集油脂化工、蛋白提取加工及仓储物流为一体的精深加工项目。",
        &["仓储物流"],
    );
}

#[test]
fn a_list_closed_by_a_word_of_means_lists_ways_of_working() {
    check_absent(
        "岳西县通过专班推进、要素保障等举措狠抓招商引资项目落地见效。",
        &["专班推进", "专班", "要素保障"],
    );
    check(
        "岳西县引进翊欣科技、翊澜电子等项目,通过驻点招商等方式推进。",
        &[("firm", "翊欣科技"), ("firm", "翊澜电子")],
    );
    // aspects of a place's offer, like ways of working
    check_absent(
        "岚溪区从产业生态、区域配套、人才服务、营商环境等多方面为企业提供发展要素。",
        &["区域配套", "人才服务", "营商环境"],
    );
}

#[test]
fn events_in_a_list_of_projects_are_no_firms() {
    check_absent(
        "借助岳洽会、东岙投资推介会、星澜产业对接会、蓝莓节等平台推介项目。",
        &[
            "岳洽会",
            "东岙投资推介会",
            "东岙",
            "星澜产业对接会",
            "蓝莓节",
        ],
    );
    check(
        "借助东岙投资推介会,星澜科技、翊澜电子等企业签约落户。",
        &[("firm", "星澜科技"), ("firm", "翊澜电子")],
    );
}

#[test]
fn a_production_line_alone_is_no_firm() {
    check_absent(
        "园区新引进星澜汽车装配生产线、饲料加工厂、东岙润滑油分装生产线、翊澜发动机再制造生产线等五个工业项目。",
        &["生产线"],
    );
}

#[test]
fn a_plan_verb_before_a_park_is_no_part_of_it() {
    let text = "园区建设布新局,高起点规划星澜模具产业园,高标准建设翊澜科技园。";
    check(text, &[("park", "星澜模具产业园"), ("park", "翊澜科技园")]);
    check_absent(text, &["高起点规划星澜模具产业园"]);
    // before 设计 in a registered name, 规划 is the trade of planning and
    // design
    check(
        "青屿公路规划设计院有限公司、星澜物流有限公司等5家企业签约。",
        &[("firm", "青屿公路规划设计院有限公司")],
    );
}

#[test]
fn like_before_an_example_firm_is_no_part_of_it() {
    let text = "像翊澜水产品公司、东岙食品公司的产品,全部销往海外。";
    check(
        text,
        &[("firm", "翊澜水产品公司"), ("firm", "东岙食品公司")],
    );
    check_absent(text, &["像翊澜水产品公司"]);
}

#[test]
fn a_park_described_by_generic_words_only_is_no_name() {
    let text = "项目将打造“万众创业,产贸一体”的一站式新型产业园区,与星澜科技园错位发展。";
    check(text, &[("park", "星澜科技园")]);
    check_absent(text, &["一站式新型产业园区"]);
}

#[test]
fn regions_firms_come_from_are_no_firms() {
    check_absent(
        "围绕成渝地区、长江中游和中原等意向配套企业形成项目库名单。",
        &["成渝地区", "长江中游", "中原"],
    );
}

#[test]
fn a_leading_project_names_its_firm_without_the_word_project() {
    let s = "园区以翊澜科技项目为龙头，延伸厨卫产业链。";
    check(s, &[("firm", "翊澜科技")]);
    check_absent(s, &["翊澜科技项目"]);
}

#[test]
fn a_list_of_farm_produce_projects_names_no_firm() {
    check_absent(
        "园区规划面积较大，枣林参、山药等4个农副产品深加工项目正在建设。",
        &["枣林参", "枣林", "山药"],
    );
}

#[test]
fn a_bracketed_list_leaves_its_brackets_out_of_its_first_and_last_firms() {
    let s = "截至目前，园区已累计入住企业12家，其中规模以上企业4家(青松钢铁有限责任公司、远舟实业有限公司、云帆粮油集团有限公司、金穗食品有限责任公司)，在建项目2个(轧钢项目、炼钢项目)。";
    check(
        s,
        &[
            ("firm", "青松钢铁有限责任公司"),
            ("firm", "金穗食品有限责任公司"),
        ],
    );
    check_absent(s, &["金穗食品有限责任公司)", "(青松钢铁有限责任公司"]);
}

#[test]
fn a_member_unit_of_an_association_ends_left_of_the_firm() {
    let s = "全国日用玻璃器皿行业协会主任单位青松集团已成为行业的龙头企业。";
    check(s, &[("firm", "青松集团")]);
    check_absent(s, &["单位青松集团"]);
}

#[test]
fn an_idiom_brand_before_a_trade_stays_in_the_firm_name() {
    let s = "今年初，位于某市经济开发区的欣欣向荣化肥有限公司正在为新基地选址。";
    check(s, &[("firm", "欣欣向荣化肥有限公司")]);
    check_absent(s, &["化肥有限公司"]);
}

#[test]
fn a_slogan_verb_makes_a_platform_its_object_not_a_name() {
    check_absent(
        "该区坚持制造业当家，通过筑牢产业平台、推动产业链集聚、深化园镇融合，打造新能源电池产业链。",
        &["筑牢产业平台", "产业平台"],
    );
    check_absent(
        "该县将“构建高水平对外开放平台”作为招商引资的“金字招牌”。",
        &["构建高水平对外开放平台"],
    );
    check_absent(
        "年初以来，该县坚持举全县之力、聚全县之智抓实平台打造。",
        &["之智抓实平台"],
    );
}

#[test]
fn a_national_new_area_is_a_park_unless_it_is_a_district_or_governs_counties() {
    // run by a management committee over parts of districts: a zone
    check(
        "近年来，该县开发区抢抓两江新区建设机遇，引进了一批汽车零部件企业。",
        &[("park", "两江新区")],
    );
    check(
        "公司在贵州贵安新区设立研发中心，在该县经济开发区建设生产基地。",
        &[("park", "贵州贵安新区")],
    );
    // one that is a district (or administers whole counties) is a place
    check_absent(
        "近年来，该县开发区抢抓浦东新区开放机遇，引进了一批汽车零部件企业。",
        &["浦东新区"],
    );
    // a 新区 not on the list still names a zone
    check("项目落户柳溪新区，计划明年投产。", &[("park", "柳溪新区")]);
}

#[test]
fn firms_sharing_one_project_word_without_deng_are_firms() {
    let s = "围绕链主企业,招引落地澜岳通讯、汀晖电子、鹭川声学检测项目。";
    check(s, &[("firm", "澜岳"), ("firm", "汀晖电子")]);
    // industries sharing one 项目 name no firm
    check_absent("新上光伏、储能、氢能项目。", &["光伏", "储能", "氢能"]);
}

#[test]
fn a_park_a_firm_will_build_is_a_project_not_a_park() {
    let s = "签约项目包括翊澜装备有限公司投资的新材料产业园项目，园区内的星澜科技园已投产。";
    check(s, &[("firm", "翊澜装备有限公司"), ("park", "星澜科技园")]);
    check_absent(s, &["新材料产业园"]);
}

#[test]
fn a_list_counted_with_ge_names_firms_and_leaves_a_product_out() {
    let s = "园区基础工程已经告竣，冷藏货柜、翊澜电装、星澜车辆3个项目即将入园。";
    // a project's firm is named by its brand (星澜车辆 stays a form of it)
    check(s, &[("firm", "翊澜电装"), ("firm", "星澜")]);
    check_absent(s, &["冷藏货柜"]);
}

#[test]
fn a_quoted_park_keeps_its_opening_modifier() {
    let s = "园区内正打造“高端智能电器产业园”，首批企业已签约。";
    check(s, &[("park", "高端智能电器产业园")]);
    // a phrase of praise in quotes names no park
    check_absent(
        "目标是建成“省内领先的绿色化工园区”。",
        &["省内领先的绿色化工园区"],
    );
}

#[test]
fn a_list_opening_verb_read_as_a_verbal_noun_is_not_the_firms() {
    // jieba reads 培育 as a verbal noun, which would carry a name on
    check(
        "今年培育岚峰化工、禾沃塑料完善申报条件。",
        &[("firm", "岚峰化工"), ("firm", "禾沃塑料")],
    );
    check("今年培育鼎岚塑料完善申报条件。", &[("firm", "鼎岚塑料")]);
}

#[test]
fn a_place_before_a_product_in_a_project_list_is_no_firm() {
    let s = "鹤壁风机叶片、安徽星澜锂电2万吨正极材料等5个项目已经签约。";
    check(s, &[("firm", "安徽星澜锂电")]);
    check_absent(s, &["鹤壁风机叶片"]);
}

#[test]
fn a_second_trade_ending_a_list_item_stays_in_the_firm_name() {
    assert_eq!(
        trim_item("星岚自动化设备").as_deref(),
        Some("星岚自动化设备")
    );
    // a product after the trade is still cut off
    assert_eq!(
        trim_item("星岚自动化焊接机器人").as_deref(),
        Some("星岚自动化")
    );
}

#[test]
fn a_county_before_a_firm_short_name_is_where_it_is_not_its_name() {
    let s = "签约了柳城县翠屿药业项目、柳城县翠屿药业有限公司扩建项目。";
    check(
        s,
        &[("firm", "翠屿药业"), ("firm", "柳城县翠屿药业有限公司")],
    );
    check_absent(s, &["柳城县翠屿药业"]);
}

#[test]
fn a_party_role_before_a_registered_name_is_no_part_of_it() {
    let s = "该园区运营方湖北省岚峰科技有限公司在园区投资两家企业。";
    check(s, &[("firm", "湖北省岚峰科技有限公司")]);
    check_absent(s, &["运营方湖北省岚峰科技有限公司"]);
}

#[test]
fn a_list_of_parts_and_products_names_no_firm() {
    check_absent(
        "重点招引船舶维修保养、汽车零部件、无人机等关联企业,打造产业集群。",
        &["船舶维修保养", "汽车零部件", "无人机"],
    );
}

#[test]
fn firms_named_after_their_count_lose_the_notes_on_what_they_do() {
    let s = "该区共引进配套企业3家 , 分别为杭州岚石(整机代工)、上海屿帆(纸箱包装)、重庆峦鑫新屿(钣金件) , 以电子信息为基础 。";
    check(
        s,
        &[
            ("firm", "杭州岚石"),
            ("firm", "上海屿帆"),
            ("firm", "重庆峦鑫新屿"),
        ],
    );
    check_absent(s, &["纸箱包装", "上海屿帆(纸箱包装)"]);
}

#[test]
fn a_numeral_before_a_rare_place_opens_the_park_it_names() {
    let s = "在七河坝工业集中区记者看到,新建项目已投产。";
    check(s, &[("park", "七河坝工业集中区")]);
    check_absent(s, &["河坝工业集中区"]);
    // a numeral with its measure word counts the parks
    check_absent("全县建成三个工业集中区。", &["三个工业集中区"]);
}

#[test]
fn a_firms_quoted_project_is_no_firm() {
    let s = "岚石贸易有限公司与该县签约,该公司“钛系产品生产线项目”将入驻工业园区。";
    check(s, &[("firm", "岚石贸易有限公司")]);
    check_absent(s, &["钛系产品生产线项目"]);
}

#[test]
fn a_party_of_people_visiting_a_firm_is_no_list_of_firms() {
    let s = "岚石投资管理有限公司董事长周岚峰等一行调研青屿化学有限公司。";
    check(s, &[("firm", "青屿化学有限公司")]);
    check_absent(s, &["周岚峰"]);
    // a head that ends a registered name is what is visited, not a kind
    check_absent("董事长周岚峰等调研青屿化学有限公司。", &["周岚峰"]);
}

#[test]
fn a_park_title_awarded_by_a_province_names_no_park() {
    let s = "2023年,岚溪高新区获评湖北省节水诚信园区,经济运行质效进一步提升。";
    check(s, &[("park", "岚溪高新区")]);
    check_absent(s, &["湖北省节水诚信园区", "节水诚信园区"]);
}

#[test]
fn innovation_in_a_registered_name_is_part_of_its_trade() {
    check(
        "该县引进岚石创新科技有限公司。",
        &[("firm", "岚石创新科技有限公司")],
    );
    check(
        "青屿创新(湖北)食品有限公司饮料加工项目开工。",
        &[("firm", "青屿创新(湖北)食品有限公司")],
    );
}

#[test]
fn a_list_closed_by_a_verb_of_making_names_products() {
    let s = "该县与岚石胶业集团有限公司达成协议,投资建设含氟涂料、聚酯切片、松香、固化剂、溶剂及相关化工原料生产等项目。";
    check(s, &[("firm", "岚石胶业集团有限公司")]);
    check_absent(s, &["含氟涂料", "聚酯切片", "松香", "固化剂", "溶剂"]);
}

#[test]
fn a_described_firm_whose_brand_jieba_splits_is_read_after_the_description() {
    let s = "该县有岚石饲料、知名乳品龙头企业米香岚峰乳业等公司。";
    check(s, &[("firm", "岚石饲料"), ("firm", "米香岚峰乳业")]);
    check_absent(s, &["知名乳品"]);
}

#[test]
fn a_quoted_sentence_ending_in_a_platform_word_is_no_name() {
    check(
        "园区打造了“岚溪产业大脑”，服务企业两百余家。",
        &[("platform", "岚溪产业大脑")],
    );
    let s = "“岚溪创谷是全省最大的孵化器”，讲解员向记者介绍。";
    check_absent(s, &["岚溪创谷是全省最大的孵化器"]);
}

#[test]
fn a_county_in_full_before_a_bare_park_word_means_its_parks() {
    let s = "项目建成后,将为宁海县园区产业集群发展增添新的引擎。";
    check_absent(s, &["宁海县园区"]);
    // a town's name before 园区 still names a park of its own
    check("项目落户岚溪园区。", &[("park", "岚溪园区")]);
}

#[test]
fn a_place_named_brand_registered_in_another_province_is_a_firm() {
    // 德江 lies in Guizhou, the bracket registers the firm in Anhui
    check(
        "据介绍,德江(安徽)环保科技股份有限公司,坐落在园区。",
        &[("firm", "德江(安徽)环保科技股份有限公司")],
    );
}

#[test]
fn a_demonstrative_glued_to_the_copula_opens_no_park() {
    check_absent(
        "这是园区响应号召,助推创新驱动战略实施所取得的又一成果。",
        &["这是园区"],
    );
}

#[test]
fn a_single_dash_after_a_common_noun_introduces_the_platform() {
    let s = "县政府率先在全省成立首家县级科技创新服务站—泰顺县科技创新中心。";
    check(s, &[("platform", "泰顺县科技创新中心")]);
    check_absent(s, &["服务站—泰顺县科技创新中心"]);
}

#[test]
fn only_before_a_platform_word_describes_it() {
    check_absent(
        "创建岚溪药材领域唯一国家级制造业创新中心。",
        &["岚溪药材领域唯一国家级制造业创新中心"],
    );
}

#[test]
fn a_dates_day_mark_does_not_open_a_name() {
    // jieba reads the day into the next word (13 日岚石/n, 日中 is a word)
    for s in [
        "10月13日岚石集团与泰顺县政府签约。",
        "自2020年10月13日中岚集团与泰顺县政府建立合作关系。",
    ] {
        check_absent(s, &["日岚石集团", "日中岚集团"]);
    }
    check(
        "10月13日岚石集团与泰顺县政府签约。",
        &[("firm", "岚石集团")],
    );
    check(
        "自2020年10月13日中岚集团与泰顺县政府建立合作关系。",
        &[("firm", "中岚集团")],
    );
}

#[test]
fn the_verb_opening_a_list_beside_a_registered_firm_is_not_the_first_items() {
    let s = "该区发挥优势,招引中岚集团、曲岚家居集团、星澜地板、青屿食品有限公司等企业入驻。";
    check(s, &[("firm", "中岚集团")]);
    check_absent(s, &["招引中岚集团"]);
}

#[test]
fn choosing_a_site_introduces_the_park() {
    // jieba reads 选址 as a noun, so only the cut verbs end the name there
    let s = "该项目选址星澜经济开发区,整合区域内企业。";
    check(s, &[("park", "星澜经济开发区")]);
    check_absent(s, &["选址星澜经济开发区"]);
}

#[test]
fn a_means_preposition_glued_to_a_lists_first_name_is_no_part_of_it() {
    let s = "以星澜玻璃、青屿新能源汽车等配套项目为延伸。";
    check(s, &[("firm", "星澜玻璃")]);
    check_absent(s, &["以星澜", "以星澜玻璃"]);
}

#[test]
fn a_branch_park_is_named_by_its_place() {
    check("整车制造基地落户泰顺分园。", &[("park", "泰顺分园")]);
    check_absent("整车制造基地落户星澜分园。", &["星澜分园"]);
}

#[test]
fn a_list_summed_up_as_makerspaces_names_platforms() {
    check(
        "重点打造星澜创客空间、青屿创新工场、岚溪竹编创业基地等一批众创空间。",
        &[
            ("platform", "星澜创客空间"),
            ("platform", "青屿创新工场"),
            ("platform", "岚溪竹编创业基地"),
        ],
    );
}

#[test]
fn a_name_breaking_word_read_as_a_noun_ends_a_brand_and_trade() {
    check(
        "该县签下首份制鞋项目——嘉澜鞋业落户，同步制定长远规划。",
        &[("firm", "嘉澜鞋业")],
    );
}

#[test]
fn a_count_before_a_platform_counts_a_kind() {
    check_absent(
        "完善一个管理机构、做强一个岚溪产投平台。",
        &["岚溪产投平台"],
    );
}

#[test]
fn deepening_a_park_is_a_slogan() {
    check_absent("该区深化园区“三个一”模式改革。", &["深化园区"]);
}

#[test]
fn an_industry_coinage_in_a_parks_name_names_no_firm() {
    let s = "泰顺互联智造产业园施工现场处处是忙碌的身影。";
    check(s, &[("park", "泰顺互联智造产业园")]);
    check_absent(s, &["泰顺互联智造", "互联智造"]);
}

#[test]
fn a_list_of_common_words_with_a_noun_morpheme_names_kinds() {
    check_absent(
        "积极承接新兴产业,尤其是军转民、民参军等高科技企业。",
        &["军转民", "民参军"],
    );
}

#[test]
fn a_printing_firm_named_only_by_a_modifier_is_no_name() {
    let s = "已与星澜印刷有限公司和浙江的一些高端印刷有限公司等18家企业签订了入园协议。";
    check(s, &[("firm", "星澜印刷有限公司")]);
    check_absent(s, &["高端印刷有限公司"]);
}

#[test]
fn a_locative_that_makes_a_place_with_the_next_word_opens_the_name() {
    check(
        "项目纷纷落户,上林青年创业园不断拓展。",
        &[("park", "上林青年创业园")],
    );
}

#[test]
fn a_list_of_project_kinds_before_a_possessive_names_no_firms() {
    check_absent(
        "该县引进了一大批延链、固链、补链的企业和项目。",
        &["延链", "固链", "补链"],
    );
}

#[test]
fn a_parks_own_incubator_is_named_by_the_park() {
    check(
        "同时,该区岚溪经济开发区孵化器承载能力不断提高。",
        &[("platform", "岚溪经济开发区孵化器")],
    );
}

#[test]
fn a_provincial_platform_named_by_its_field_is_no_name() {
    check_absent(
        "该县依托省级光学器件产业基地平台,力促产业升级。",
        &["省级光学器件产业基地平台"],
    );
}

#[test]
fn a_firm_before_reporter_is_the_bylines_outlet() {
    check_absent(
        "南屿网3月2日讯(岚溪日报报业集团记者 王明 通讯员 李青)近日,记者走进园区。",
        &["岚溪日报报业集团"],
    );
}

#[test]
fn a_verb_of_effort_or_count_after_the_place_opens_no_name() {
    check_absent(
        "近年来,泾县加大创新创业平台建设工作力度。",
        &["泾县加大创新创业平台"],
    );
    check_absent(
        "目前,泾县共有省级备案科技企业孵化器4处、众创空间7处。",
        &["泾县共有省级备案科技企业孵化器", "省级备案科技企业孵化器"],
    );
}

#[test]
fn a_list_counted_as_makerspaces_names_platforms() {
    check(
        "泾县岚石创客空间、泾县青屿花卉众创空间2家众创空间成功备案。",
        &[
            ("platform", "泾县岚石创客空间"),
            ("platform", "泾县青屿花卉众创空间"),
        ],
    );
}

#[test]
fn projects_summed_up_before_the_list_leave_the_first_firm_whole() {
    check(
        "本次集中开工的9个产业项目为汇多供电生产线项目、岚裕橡塑汽丰泡棉项目、星澜铝建材生产线项目、嘉澜科技塑胶制品生产线项目。",
        &[("firm", "汇多供电"), ("firm", "岚裕橡塑")],
    );
}

#[test]
fn a_branch_named_by_its_place_and_trade_is_a_firm_of_its_own() {
    check(
        "岚乔重工有限公司泾县风电分公司是一家塔筒加工企业。",
        &[("firm", "岚乔重工有限公司泾县风电分公司")],
    );
}

#[test]
fn a_set_phrase_after_a_place_is_in_a_platforms_name() {
    check(
        "加快推动浙江自由贸易港健康医学研究院建设。",
        &[("platform", "浙江自由贸易港健康医学研究院")],
    );
}

#[test]
fn a_title_of_office_before_a_bodys_name_names_no_park() {
    check_absent(
        "泾县县委常委新城管委会主任王明介绍了招商情况。",
        &["泾县县委常委新城", "县委常委新城"],
    );
}

#[test]
fn a_project_named_by_a_tech_field_names_no_firm() {
    check_absent(
        "现场签约智慧园区运营、人工智能数据标注、短视频互联网直播等数字项目5个。",
        &["人工智能数据", "人工智能"],
    );
}

#[test]
fn a_zone_where_a_county_gathers_industry_is_a_park() {
    check(
        "岚溪高新区的前身是泾县工业集中发展区,后升为省级高新区。",
        &[("park", "泾县工业集中发展区")],
    );
}

#[test]
fn a_verb_jieba_made_up_is_a_brands_characters() {
    check(
        "落地京西岚映影视科技创新中心,形成产业集群。",
        &[("platform", "京西岚映影视科技创新中心")],
    );
}

#[test]
fn a_project_of_change_after_a_firm_names_the_firm() {
    check(
        "五是总投资3.7亿元的岚奇铝业技改项目,今年计划完成投资8500万元。",
        &[("firm", "岚奇铝业")],
    );
    check_absent(
        "总投资19亿元的2×700t/d超白青屿玻璃生产项目正式签约。",
        &["d超白青屿", "超白青屿"],
    );
}

#[test]
fn a_list_summed_up_as_functional_parks_names_parks() {
    check(
        "该市在开发区内辟建了岚溪创业园、绿色建材园、生态食品园等功能园区,吸引企业落户。",
        &[("park", "绿色建材园"), ("park", "生态食品园")],
    );
}

#[test]
fn a_county_jieba_reads_as_a_count_opens_a_parks_name() {
    check(
        "贺州八步经济开发区是全区项目建设的主要平台。",
        &[("park", "贺州八步经济开发区")],
    );
}

#[test]
fn a_brand_before_the_county_it_builds_in_names_the_firm() {
    check(
        "岚乔泾县智能制造基地项目、星澜产业园项目正加快推进。",
        &[("firm", "岚乔")],
    );
    check_absent("宣城泾县智能制造基地项目正加快推进。", &["宣城"]);
}

#[test]
fn a_he_between_a_made_up_brand_and_its_trade_is_the_brands() {
    check(
        "龙头企业主要有山西岚德天和管业科技有限公司,主要产品为阀门管件。",
        &[("firm", "山西岚德天和管业科技有限公司")],
    );
    check(
        "山西星德天和管业科技有限公司今年产值增长。",
        &[("firm", "山西星德天和管业科技有限公司")],
    );
}

#[test]
fn a_preposition_glued_to_a_brands_first_character_opens_no_list_item() {
    check(
        "园区总投资达7亿元，以岚维斯家具、星澜家居、青屿家具等企业为龙头。",
        &[("firm", "岚维斯家具")],
    );
    check_absent(
        "园区总投资达7亿元，以岚维斯家具、星澜家居、青屿家具等企业为龙头。",
        &["以岚维斯家具"],
    );
}

#[test]
fn a_leader_frame_closed_inside_the_cue_starts_its_first_item_after_yi() {
    // 等为龙头: the list's cue holds the frame's close; jieba glued 以 to
    // the zone's last character (区以/p)
    let s = "近年来,岚石园区光电产业集聚区以南宁星澜钢铁有限公司、南宁岚发实业有限公司等为龙头,其他企业配套生产。";
    check(s, &[("firm", "南宁星澜钢铁有限公司")]);
    check_absent(s, &["区以", "区以南宁星澜钢铁有限公司"]);
}

#[test]
fn firms_listed_after_the_kind_they_are_called() {
    let s = "随之而来的还有一系列企业,包括岚石开发区企业星澜研发、岚乔电梯、翊澜船舶等。";
    check(
        s,
        &[
            ("firm", "星澜研发"),
            ("firm", "岚乔电梯"),
            ("firm", "翊澜船舶"),
        ],
    );
    // 企业 modifying a kind of carrier (科技企业孵化器) opens no list of firms
    let carriers = "打造创新载体平台,包括国家级科技企业孵化器、岚石鞋业产业园、星澜现代物流园区、岚溪数据中心等。";
    let firms: Vec<String> = names(carriers)
        .into_iter()
        .filter(|(t, _)| *t == EntityType::Firm)
        .map(|(_, n)| n)
        .collect();
    for carrier in ["岚溪数据中心", "星澜现代物流园区", "孵化器"] {
        assert!(
            !firms.iter().any(|f| f == carrier),
            "{carriers}: firms {firms:?}"
        );
    }
}

#[test]
fn a_paired_phrase_of_praise_names_no_firm() {
    check_absent(
        "加快打造产城一体、宜居宜业的现代化产业新城。",
        &["宜居宜业"],
    );
}

#[test]
fn a_county_rural_bank_by_its_short_name_is_a_firm() {
    check(
        "支持泾县农商行在香港主板成功上市,该行总资产已经达到150亿元。",
        &[("firm", "泾县农商行")],
    );
    check_absent("全县农商行总资产达到150亿元。", &["全县农商行"]);
}

#[test]
fn a_rank_in_a_league_before_a_firm_is_no_part_of_its_name() {
    check(
        "打破了以世界500强ABX公司为代表的巨头垄断。",
        &[("firm", "ABX公司")],
    );
    check("中国500强岚乔集团在当地投资建厂。", &[("firm", "岚乔集团")]);
}

#[test]
fn hoisting_is_a_trade_in_a_parks_name() {
    check(
        "集团加大研发投入,其起重物流装备产业园已经投产。",
        &[("park", "起重物流装备产业园")],
    );
    check_absent(
        "集团加大研发投入,其起重物流装备产业园已经投产。",
        &["物流装备产业园"],
    );
}

#[test]
fn a_yi_after_le_is_the_preposition_of_yi_wei() {
    let s = "钢铁冶金产业集群初步形成了以岚钢集团为龙头的格局。";
    check(s, &[("firm", "岚钢集团")]);
    check_absent(s, &["以岚钢集团"]);
}

#[test]
fn a_word_of_description_before_a_parks_place_is_no_part_of_its_name() {
    check(
        "岚溪园区现有泾县综合保税区、泾县铁路物流中心等重点项目入驻。",
        &[("park", "泾县综合保税区")],
    );
    check_absent(
        "岚溪园区现有泾县综合保税区、泾县铁路物流中心等重点项目入驻。",
        &["现有泾县综合保税区"],
    );
}

#[test]
fn a_project_named_by_its_township_names_no_firm() {
    check_absent(
        "近日,即将竣工的岚屿乡新能源汽车充电站项目负责人告诉记者,今年实施一期工程。",
        &["岚屿乡新能源汽车", "岚屿乡"],
    );
}

#[test]
fn a_township_before_a_registered_name_is_where_the_firm_is() {
    check(
        "泾县理工大学与岚各庄镇星澜动力科技有限公司合作建设研究所。",
        &[("firm", "星澜动力科技有限公司")],
    );
    check_absent(
        "泾县理工大学与岚各庄镇星澜动力科技有限公司合作建设研究所。",
        &["岚各庄镇星澜动力科技有限公司"],
    );
    check(
        "泾县青屿乡岚映食品有限公司投产。",
        &[("firm", "岚映食品有限公司")],
    );
    check(
        "古镇岚映旅游有限公司开业。",
        &[("firm", "古镇岚映旅游有限公司")],
    );
}

#[test]
fn a_science_park_is_a_park_and_high_tech_names_none() {
    check(
        "泾县岚溪生命科学园今年投用。",
        &[("park", "泾县岚溪生命科学园")],
    );
    check_absent("该县新建高科技产业园、现代物流园。", &["高科技产业园"]);
}

#[test]
fn a_quoted_name_before_the_kind_of_park_it_is_names_the_park() {
    check(
        "共达成合作意向57个。“智能装备科学园”高科技产业园、高端制造产业基地等28个项目签约。",
        &[("park", "智能装备科学园")],
    );
    check_absent("“智能装备科学园”建设提速。", &["智能装备科学园"]);
}

#[test]
fn the_word_before_a_bracketed_place_inside_a_name_is_the_brands() {
    // jieba makes up 恒得 (ud) from the brand's characters; the bracketed
    // place after it means the name opened before it
    let s = "以星澜实业有限公司、青屿恒得(南宁)丝绸有限公司等为龙头。";
    check(s, &[("firm", "青屿恒得(南宁)丝绸有限公司")]);
    check_absent(s, &["丝绸有限公司", "(南宁)丝绸有限公司"]);
}

#[test]
fn a_long_project_named_by_a_carrier_opens_with_no_firm() {
    // the project builds the research centre or the park its name ends
    // in: the words before the suffix name that carrier, not a firm
    check_absent(
        "近日,南宁星澜光电材料检测研究中心项目开工。",
        &["南宁星澜光电材料", "星澜光电材料"],
    );
    check_absent(
        "近日,南宁岚溪成陶瓷材料服装科创园项目开工。",
        &["南宁岚溪成陶瓷材料服装", "岚溪成陶瓷材料服装"],
    );
}

#[test]
fn a_country_in_brackets_is_part_of_a_registered_name() {
    check(
        "公司旗下岚溪光电投资(中国)有限公司,与泾县人民政府订立合作协议。",
        &[("firm", "岚溪光电投资(中国)有限公司")],
    );
}

#[test]
fn two_verbs_before_a_platforms_suffix_are_its_field() {
    check(
        "此次签约项目中,星澜湾岚映卫星创新应用研究院因其技术引人注目。",
        &[("platform", "星澜湾岚映卫星创新应用研究院")],
    );
}

#[test]
fn a_platform_of_strategic_cooperation_names_none() {
    check_absent(
        "泾县大学、岚溪工业大学等高校和科研院所的战略合作平台也将集中落地。",
        &["战略合作平台"],
    );
}

#[test]
fn a_firms_region_of_sales_is_no_part_of_its_name() {
    check(
        "有岚映中国区总部、星澜集团北京总部等多家内外资头部企业。",
        &[("firm", "岚映")],
    );
    check_absent(
        "有岚映中国区总部、星澜集团北京总部等多家内外资头部企业。",
        &["岚映中国区"],
    );
}

#[test]
fn a_company_listed_on_a_market_is_no_name() {
    check_absent(
        "13个科技型项目集中落户泾县,其中不乏新三板上市公司。",
        &["新三板上市公司"],
    );
}

#[test]
fn a_town_of_special_industry_names_none() {
    check_absent(
        "我省启动省级特色产业小镇创建工作。《安徽新闻联播》推出“特色产业小镇巡礼”专栏。",
        &["特色产业小镇", "省级特色产业小镇"],
    );
}

#[test]
fn a_set_phrase_opening_a_list_item_is_the_parks_field() {
    check(
        "重点推进岚石电子产业园、可再生材料产业园和星澜湾物流园建设。",
        &[("park", "可再生材料产业园")],
    );
}

#[test]
fn a_measure_word_closing_a_townships_name_is_in_its_parks_name() {
    check(
        "全县新建了一批厂房,叶茂台工业园主要发展农产品加工等产业。",
        &[("park", "叶茂台工业园")],
    );
}

#[test]
fn a_japanese_or_korean_company_is_a_firm() {
    check(
        "韩国100强企业——韩国岚石株式会社投资兴建的四川岚石电器有限公司今年2月投产。",
        &[
            ("firm", "韩国岚石株式会社"),
            ("firm", "四川岚石电器有限公司"),
        ],
    );
}

#[test]
fn a_verb_before_only_trade_words_stays_in_a_registered_name() {
    check(
        "开发区内的辽宁恒星换热设备制造有限公司,在今年5月追加投资。",
        &[("firm", "辽宁恒星换热设备制造有限公司")],
    );
}

#[test]
fn zhong_and_one_character_before_a_trade_open_a_listed_firm() {
    check(
        "推介会上,共签约中钨科技硬质合金刀具、岚石综合能源站等8个项目,总投资30亿元。",
        &[("firm", "中钨科技")],
    );
}

#[test]
fn what_a_clause_calls_one_firm_is_a_firm() {
    check(
        "入驻园区的岚映科技是一家专业从事无人机研发生产的企业,已获得专利11项。",
        &[("firm", "岚映科技")],
    );
}

#[test]
fn a_place_in_brackets_after_a_platforms_suffix_is_its_branch() {
    check(
        "目前已确定入住星澜智能研究院(杭州)、岚石人工智能创新院等机构。",
        &[("platform", "星澜智能研究院(杭州)")],
    );
}

#[test]
fn a_representative_before_a_registered_name_is_not_in_it() {
    check(
        "仪式上,项目甲方代表湖南岚石钢铁集团有限公司和施工方代表星澜工程技术有限公司负责人先后发言。",
        &[
            ("firm", "湖南岚石钢铁集团有限公司"),
            ("firm", "星澜工程技术有限公司"),
        ],
    );
}

#[test]
fn places_summed_up_as_a_zone_of_projects_are_not_firms() {
    check_absent(
        "将岚溪工业走廊、青屿上垟、星澜坂塘等项目集中区进行优化整合。",
        &["将岚溪", "青屿", "星澜坂塘"],
    );
}

#[test]
fn an_item_holding_deng_closes_a_list_before_the_firms() {
    check_absent(
        "来自省里、郴州市等一些金融机构、银行等单位先后对岚石工业集中区、岚溪物流园、郴州岚映家居用品、湖南嘉澜门业、郴州汇多生态农业等企业进行现场考察。",
        &["郴州市等一些金融机构"],
    );
}

#[test]
fn a_verb_right_after_the_place_of_a_registered_name_is_its_brand() {
    check(
        "如现有的郴州市岚石金属制品有限公司、郴州市飞跃塑料制品有限公司等企业。",
        &[("firm", "郴州市飞跃塑料制品有限公司")],
    );
}

#[test]
fn a_verb_with_its_complement_before_a_registered_name_is_not_in_it() {
    check(
        "该区培育出郴州岚映实业有限公司、郴州市星澜高新材料有限公司等龙头企业。",
        &[("firm", "郴州岚映实业有限公司")],
    );
}

#[test]
fn a_project_named_as_a_firms_product_names_the_firm_not_the_product() {
    check_absent(
        "郴州岚映实业有限公司的阀门系列产品、郴州星澜新材料科技有限公司年产2万吨电子材料系列产品等一批项目加速落地。",
        &["阀门系列产品"],
    );
}

#[test]
fn the_last_product_a_verb_of_making_lists_is_no_firm() {
    check_absent(
        "入驻企业是岚石玻璃公司,主要生产钢化、中空、夹胶玻璃,总投资2000万元。",
        &["夹胶玻璃"],
    );
}

#[test]
fn an_unseen_word_read_as_a_locality_opens_a_firms_short_name() {
    check(
        "岚石电缆等企业延伸了优势,汇上电缆即将开建省内首个高压电缆生产基地。",
        &[("firm", "汇上电缆")],
    );
}

#[test]
fn a_verb_of_declaring_before_a_group_is_not_in_its_name() {
    check_absent(
        "双方签订投资协议书,宣告岚石集团正式落户我市。",
        &["宣告岚石集团"],
    );
}

#[test]
fn a_trade_jieba_knows_as_a_set_phrase_is_a_parks_field() {
    check(
        "据了解,滨江区无人机科技产业园是全市首个无人机产业载体。",
        &[("park", "滨江区无人机科技产业园")],
    );
}

#[test]
fn a_list_summed_up_as_productive_service_platforms_names_platforms() {
    check(
        "园内还搭建了物流产业应用服务平台、航空质量检测中心等生产性公共服务平台。",
        &[
            ("platform", "物流产业应用服务平台"),
            ("platform", "航空质量检测中心"),
        ],
    );
}

#[test]
fn a_hall_in_a_list_summed_up_as_platforms_is_one() {
    check(
        "园内建成岚石检测中心、星澜航空科技馆等公共服务平台。",
        &[("platform", "星澜航空科技馆")],
    );
}

#[test]
fn a_technologys_acronym_before_a_trade_names_no_firm() {
    check_absent("开发区形成了以LED光电为代表的新能源产业。", &["LED光电"]);
    // Latin letters of a brand still name the firm that leads
    check(
        "开发区形成了以QZK光电为代表的新能源产业。",
        &[("firm", "QZK光电")],
    );
}

#[test]
fn a_fuels_acronym_before_a_trade_names_no_firm() {
    check_absent(
        "马山县LNG汽车加气站项目投入使用。",
        &["LNG汽车", "马山县LNG汽车"],
    );
    check_absent("路灯工程接火运行,CNG汽车加气站投入使用。", &["CNG汽车"]);
}

#[test]
fn a_zones_layout_counted_in_parks_and_areas_sums_a_list_up_as_parks() {
    for cue in ["“三园两区”。", "“一园三区”格局", "两园一区"] {
        assert!(lists::PARK_LIST_CUE.is_match(cue), "{cue}");
    }
    assert!(!lists::PARK_LIST_CUE.is_match("“三区联动”"));
    let s = "开发区现已形成家具制造产业园、绿色家居产业园、综合服务区和商贸物流区“两园两区”。";
    check(s, &[("park", "家具制造产业园"), ("park", "绿色家居产业园")]);
    check_absent(s, &["综合服务区", "商贸物流区"]);
}

#[test]
fn what_is_done_in_a_trade_opens_no_list() {
    // 家具/n 制造/v: the verb is the field's; the list opened at 形成
    assert_eq!(
        lists::after_last_verb("现已形成家具制造产业园").as_deref(),
        Some("家具制造产业园")
    );
}

#[test]
fn a_park_of_the_creative_industries_is_a_park() {
    check(
        "初步形成了以南宁高新区、马山岚溪文创园为主战场的工业布局。",
        &[("park", "马山岚溪文创园")],
    );
}

#[test]
fn a_verb_alone_in_a_list_of_projects_is_what_a_project_does() {
    let s = "确保星澜科技年产10万吨氢气、岚溪科技提纯制氢及液化等9个项目3月份开工建设。";
    check(s, &[("firm", "岚溪")]);
    check_absent(s, &["液化"]);
}

#[test]
fn a_brand_before_a_capacity_names_its_firm() {
    // a coined brand alone, and a brand and trade before a verb of building
    let s = "分别是汇多通年产50万吨建筑材料项目、星澜环保新建年产2000吨食品包装项目。";
    check(s, &[("firm", "汇多通"), ("firm", "星澜环保")]);
    check_absent(s, &["星澜环保新建"]);
}

#[test]
fn a_firms_headquarters_in_a_list_names_the_firm() {
    let s = "引进了星澜总部、岚溪区域总部、青屿科技等一批引领性企业(项目)。";
    check(
        s,
        &[("firm", "星澜"), ("firm", "岚溪"), ("firm", "青屿科技")],
    );
    check_absent(s, &["星澜总部", "岚溪区域总部", "岚溪区域"]);
}

#[test]
fn a_quoted_name_before_company_is_a_firm() {
    check(
        "“汇多优居”公司是一家提供家居服务的科技型企业。",
        &[("firm", "汇多优居")],
    );
    check("“岚溪”集团是一家科技型企业。", &[("firm", "岚溪")]);
}

#[test]
fn a_works_named_for_processing_is_a_firm() {
    // 加工厂 ends in 工 as a bare 施工 or 员工 would; a brand before the
    // product makes it a works' name, its product its short form
    let s = "南宁引进投资1500万元的星澜水果加工厂开始试生产。";
    check(s, &[("firm", "星澜水果加工厂")]);
    assert!(firm_short_names("岚溪茶叶加工厂").contains(&"岚溪茶叶".to_string()));
}

#[test]
fn a_listed_firms_own_research_institute_is_a_platform() {
    // 中国 opens a listed firm's short name here, not a national body
    check(
        "今年引进了中国国航华南研究院、星澜总部等一批引领性企业(项目)。",
        &[("platform", "中国国航华南研究院")],
    );
    check(
        "中国岚溪研究院在南宁设立分院。",
        &[("institution", "中国岚溪研究院")],
    );
}

#[test]
fn a_listed_short_name_of_common_words_in_a_list_is_a_firm() {
    // 创新医疗 (listed) ends in 医疗, a head that names no firm after a
    // common word alone
    check(
        "以星澜集团、创新医疗、岚溪科技为龙头的医药产业集群已逐步形成。",
        &[("firm", "创新医疗")],
    );
}

#[test]
fn quoted_names_one_after_another_summed_up_as_platforms() {
    check(
        "建设包括批发城、线上平台“星澜严选”“岚溪易购”两大平台。",
        &[("platform", "星澜严选"), ("platform", "岚溪易购")],
    );
    // the page lost the first opening quote: the run still goes on
    check(
        "建设包括批发城、线上平台星澜严选”“岚溪易购”两大平台。",
        &[("platform", "岚溪易购")],
    );
    // one quoted name alone before a count is not read as a run
    check_absent("打造“岚溪易购”两大平台。", &["岚溪易购"]);
}

#[test]
fn yi_glued_to_a_name_after_its_subject_is_the_frames_preposition() {
    // jieba glues 以 to the name (以星澜/n): the frame 以…为龙头 says it
    // is the preposition, though a place, not a clause's start, is before it
    let s = "近年来,南宁以星澜小镇为龙头,引进一批项目。";
    check(s, &[("park", "星澜小镇")]);
    check_absent(s, &["南宁以星澜小镇", "以星澜小镇"]);
}

#[test]
fn a_level_before_a_zones_suffix_with_no_place_is_a_designation() {
    check_absent(
        "我区全面对标国家级高新区,加快建设。",
        &["全面对标国家级高新区"],
    );
    check_absent(
        "星澜科创中心正创建跨省域国家级高新区。",
        &["跨省域国家级高新区"],
    );
    // a place before the level names the park
    check(
        "南宁国家级高新区今年新增企业。",
        &[("park", "南宁国家级高新区")],
    );
}

#[test]
fn a_verb_of_what_will_be_built_opens_no_name() {
    // jieba glues 将 to 建 (将建/v, a word it made up)
    check_absent(
        "南宁将建高端产业园区",
        &["南宁将建高端产业园区", "将建高端产业园区"],
    );
}

#[test]
fn an_ordinal_glued_to_the_copula_opens_a_point_not_a_name() {
    // jieba makes up 一是/v and 三是/v
    let s = "建设内容有三个方面:一是研发中心、产品建设项目,三是创新服务综合体。";
    check_absent(s, &["一是研发中心", "三是创新服务综合体"]);
}

#[test]
fn a_list_summed_up_as_kinds_of_firm_names_firms() {
    check(
        "积极对接岚石、青屿、汇多等国企。",
        &[("firm", "岚石"), ("firm", "青屿"), ("firm", "汇多")],
    );
}

#[test]
fn a_conjunction_jieba_glued_into_a_made_up_word_parts_two_items() {
    let s = "积极对接星澜、岚乔和嘉汇、汇多等央企。";
    check(s, &[("firm", "岚乔"), ("firm", "嘉汇"), ("firm", "星澜")]);
    check_absent(s, &["岚乔和嘉汇", "乔和嘉汇"]);
}

#[test]
fn a_preposition_glued_before_a_rare_word_opens_no_name() {
    let s = "该项目由岚鸿运食品有限公司投资兴办。";
    check(s, &[("firm", "岚鸿运食品有限公司")]);
    check_absent(s, &["由岚鸿运食品有限公司"]);
}

#[test]
fn an_item_ending_in_what_a_firm_builds_is_a_project_not_a_firm() {
    // among registered firms, read as mates of a list of firms
    let s = "动工仪式中,马山竹编生产基地、南宁城市综合体、岚石电子有限公司、青屿食品有限公司以及星澜纺织有限公司等5个项目正式动建。";
    check(
        s,
        &[("firm", "岚石电子有限公司"), ("firm", "青屿食品有限公司")],
    );
    check_absent(s, &["马山竹编生产基地", "南宁城市综合体"]);
}

#[test]
fn a_rare_common_noun_in_a_list_of_projects_is_a_product() {
    let s = "全力推进岚石药业、铝型材、青屿电子、钢结构高新材料等项目建设。";
    check(s, &[("firm", "青屿电子")]);
    check_absent(s, &["铝型材", "钢结构"]);
}

#[test]
fn a_project_right_after_a_registered_name_is_that_firms() {
    let s = "总投资1.5亿元的岚石科技有限公司铝型材装饰产业研发基地项目。";
    check(s, &[("firm", "岚石科技有限公司")]);
    check_absent(s, &["铝型材装饰", "铝型材"]);
}

#[test]
fn a_listed_short_name_after_another_province_is_the_firms_arm_there() {
    let s = "广西片仔癀扩建项目开工。";
    check(s, &[("firm", "广西片仔癀")]);
    check_absent(s, &["片仔癀"]);
}

#[test]
fn the_firm_a_project_takes_over_is_named_too() {
    // in running text and as an item of a list of projects
    for s in [
        "总投资5亿元的岚石科技重组青屿科技新材料项目正式开工。",
        "岚石科技重组青屿科技项目、星澜电子项目等5个项目签约。",
    ] {
        check(s, &[("firm", "岚石科技"), ("firm", "青屿科技")]);
    }
}

#[test]
fn a_park_a_named_firm_builds_opens_with_its_field() {
    let s = "广西岚石电子股份有限公司投资的锂电池新材料产业园项目开工。";
    check(s, &[("park", "锂电池新材料产业园")]);
    check_absent(s, &["锂电池新材料", "锂电池"]);
}

#[test]
fn what_a_park_is_to_become_names_no_park() {
    let s = "力争把岚石工业园建设成为马山县重要支柱产业园。";
    check(s, &[("park", "岚石工业园")]);
    check_absent(s, &["马山县重要支柱产业园", "重要支柱产业园"]);
}

#[test]
fn recycling_is_a_trade_that_ends_a_firms_short_name() {
    check(
        "星澜再生资源总部经济项目、岚石电子项目等5个项目签约。",
        &[("firm", "星澜再生资源"), ("firm", "岚石电子")],
    );
}

#[test]
fn a_coined_name_before_its_heads_title_and_name_is_a_firm() {
    check(
        "青屿岚歌老板李明一边组织技术人员调试设备。",
        &[("firm", "青屿岚歌")],
    );
    check(
        "星澜汇多董事长王强表示将扩大产能。",
        &[("firm", "星澜汇多")],
    );
    // an office before a person's name is no firm's
    check_absent("该县县长王强表示将扩大产能。", &["该县"]);
}

#[test]
fn a_firms_standing_as_a_big_payer_is_not_part_of_its_name() {
    check(
        "马山县首家上市公司、第一纳税大户南宁岚乔制药有限公司由人投资创办。",
        &[("firm", "南宁岚乔制药有限公司")],
    );
}

#[test]
fn a_utility_in_a_list_of_projects_is_no_firm() {
    check_absent(
        "园区主干道即将竣工,园区供水、城区燃气管网等项目加快推进。",
        &["园区供水", "城区燃气管网"],
    );
    // a registered name of the trade is still a firm
    check(
        "签约企业包括马山岚石供水有限公司、青屿高速公路有限公司等。",
        &[
            ("firm", "马山岚石供水有限公司"),
            ("firm", "青屿高速公路有限公司"),
        ],
    );
}

#[test]
fn a_trade_read_as_a_verb_is_part_of_a_platforms_field() {
    check(
        "依托南宁岚石门窗有限公司建设铝合金门窗幕墙系统节能技术广西工程实验室。",
        &[("platform", "铝合金门窗幕墙系统节能技术广西工程实验室")],
    );
}

#[test]
fn two_trades_in_a_row_name_no_firm() {
    // 通讯 is a trade (as 通信), not a brand before 电子
    check_absent(
        "项目进展:通讯电子生产线建成运营,覆铜板生产线试生产。",
        &["通讯电子"],
    );
    check(
        "园区引进岚石通讯、青屿电子等企业。",
        &[("firm", "岚石通讯"), ("firm", "青屿电子")],
    );
}

#[test]
fn a_zone_named_by_industry_among_industries_is_no_park() {
    check_absent(
        "园区打造以生物医药、轻工制造区、电子信息产业区、竹木加工为主导的产业功能区。",
        &["电子信息产业区"],
    );
    // named by more than its industry, it is a park
    check(
        "园区打造以生物医药、马山电子信息产业区、竹木加工为主导的产业功能区。",
        &[("park", "马山电子信息产业区")],
    );
}

#[test]
fn a_listed_place_and_trade_before_its_site_elsewhere_is_the_firm() {
    check(
        "去年,山东钢铁日照基地已投产4条生产线。",
        &[("firm", "山东钢铁")],
    );
    // not a listed firm's short name: a place's trade
    check_absent("去年,广西钢铁南宁基地已投产4条生产线。", &["广西钢铁"]);
}

#[test]
fn a_ranks_strong_after_a_figure_is_no_part_of_the_next_name() {
    let s = "上市公司2家。世界500强中国岚石科技、中国企业500强青屿集团等已入驻开发区。";
    check(s, &[("firm", "中国岚石科技"), ("firm", "青屿集团")]);
    check_absent(s, &["强青屿集团"]);
}

#[test]
fn parks_a_count_introduces_are_parks_named_by_industry_alone() {
    check(
        "马山新区重点建设“三园”，“三园”包括生物医药产业园、绿色食品“双创”科技园及现代物流园。",
        &[
            ("park", "生物医药产业园"),
            ("park", "绿色食品“双创”科技园"),
            ("park", "现代物流园"),
        ],
    );
    // a count of parks closing no list introduces none
    check_absent(
        "马山新区重点建设“三园”，引进生物医药产业园项目。",
        &["生物医药产业园"],
    );
}

#[test]
fn a_mark_left_before_a_lists_count_ends_no_item() {
    check(
        "园区相继引进岚石纺织、青屿纺织、嘉汇纺织、三家纺织企业,总投资12亿元。",
        &[
            ("firm", "岚石纺织"),
            ("firm", "青屿纺织"),
            ("firm", "嘉汇纺织"),
        ],
    );
}

#[test]
fn a_townships_name_alone_is_no_firm_of_a_list() {
    check_absent(
        "公司还吸引了岚石店镇等附近农民前来企业打工。",
        &["岚石店镇"],
    );
}

#[test]
fn a_measure_word_after_a_township_opens_a_cooperatives_brand() {
    // 立元/q counts nothing here: no figure precedes it
    check(
        "二岚乡立元粮油制品专业合作社带动农户增收。",
        &[("firm", "二岚乡立元粮油制品专业合作社")],
    );
}

#[test]
fn a_list_summed_up_as_customers_names_firms() {
    check(
        "公司拥有岚乔、青屿汽车、星澜等长期合作的国内外客户。",
        &[("firm", "岚乔"), ("firm", "青屿汽车"), ("firm", "星澜")],
    );
}

#[test]
fn a_park_named_by_its_industry_after_a_dash_is_the_name() {
    check(
        "结合一期及马山工业园区，搭建1800亩的百亿产业集群——精密铸造产业园。",
        &[("park", "精密铸造产业园")],
    );
    check_absent(
        "结合一期及马山工业园区，搭建1800亩的百亿产业集群——精密铸造产业园。",
        &["产业集群——精密铸造产业园"],
    );
}

#[test]
fn a_project_list_reads_past_a_term_quoted_inside_an_item() {
    // the first project's 研发制造 is its name's, not a verb opening a
    // list of products
    check(
        "园区已吸纳岚石高端装备研发制造项目、星澜机械“云链”生产项目和青屿人防门等重大项目。",
        &[("firm", "星澜机械"), ("firm", "青屿")],
    );
}

#[test]
fn a_ring_around_a_place_opens_a_platforms_name() {
    // jieba reads 环 as a verb; here it makes the region the centre is of
    check(
        "走进环太湖创新中心,企业纷纷落户。",
        &[("platform", "环太湖创新中心")],
    );
    check("到太湖创新中心参观。", &[("platform", "太湖创新中心")]);
}

#[test]
fn a_startup_service_centre_is_a_platform() {
    check(
        "马山县科技创业服务中心已入驻企业30家。",
        &[("platform", "马山县科技创业服务中心")],
    );
    check(
        "岚石创客服务中心正式签约。",
        &[("platform", "岚石创客服务中心")],
    );
    // other service centres stay institutions
    check(
        "马山县政务服务中心已入驻窗口30个。",
        &[("institution", "马山县政务服务中心")],
    );
}

#[test]
fn a_verb_of_a_field_after_a_noun_is_part_of_a_platforms_name() {
    check(
        "积极推进岚石产业创新发展研究院引领创新。",
        &[("platform", "岚石产业创新发展研究院")],
    );
}

#[test]
fn a_labs_base_named_by_its_place_is_part_of_its_name() {
    check(
        "可以看到正在建设的厂房、岚石新材料实验室南宁基地。",
        &[("platform", "岚石新材料实验室南宁基地")],
    );
}

#[test]
fn a_key_labs_level_between_its_field_and_lab_is_part_of_its_name() {
    check(
        "将建成土壤与环境全国重点实验室马山分中心,联合开展合作。",
        &[("platform", "土壤与环境全国重点实验室马山分中心")],
    );
}

#[test]
fn a_slogan_verb_jieba_reads_as_adjective_opens_no_platform() {
    check(
        "做大马山生物医药孵化平台,吸引一批医药项目入驻。",
        &[("platform", "马山生物医药孵化平台")],
    );
}

#[test]
fn a_firms_research_headquarters_names_the_firm() {
    check(
        "有占地15亩、总投资3亿元的青屿光电科技研发总部。",
        &[("firm", "青屿光电")],
    );
}

#[test]
fn a_generic_modifier_tagged_as_a_name_is_a_field_of_study() {
    check(
        "引进岚石大学新材料与器件高精尖创新中心等项目。",
        &[("platform", "岚石大学新材料与器件高精尖创新中心")],
    );
}

#[test]
fn the_copula_before_a_compass_word_opens_no_name() {
    check(
        "岚石广场是北马山科创中心的核心地标。",
        &[("platform", "北马山科创中心")],
    );
}

#[test]
fn a_time_honoured_brand_title_before_a_listed_firm_is_no_part_of_it() {
    let text = "岚石电子、青屿生物、中华老字号南宁星澜堂等一批国内外龙头企业相继入驻。";
    check(text, &[("firm", "南宁星澜堂")]);
    check_absent(text, &["中华", "中华老字号南宁星澜堂"]);
}

#[test]
fn two_break_words_jieba_fused_open_no_firm() {
    let text = "加快项目建设,全力支持岚石机械、青屿电子、星澜材料等企业发展壮大。";
    check(text, &[("firm", "岚石机械")]);
    check_absent(text, &["全力支持岚石机械"]);
}

#[test]
fn where_a_place_stands_and_how_far_end_a_parks_name() {
    let text = "岚石产业新城所在青屿镇距南宁星澜新区仅30分钟车程。";
    check(text, &[("park", "南宁星澜新区")]);
    check_absent(text, &["所在青屿镇距南宁星澜新区"]);
}

#[test]
fn kinds_joined_after_a_count_still_sum_up_a_list() {
    check(
        "引进岚石、青屿、星澜湾等8个高技术、高产出、低能耗项目,总投资12亿元。",
        &[("firm", "岚石"), ("firm", "青屿"), ("firm", "星澜湾")],
    );
}

#[test]
fn a_made_up_verb_before_a_verb_of_trade_is_the_registered_brand() {
    // jieba reads the coined brand 推汇 and the trade 照明 both as verbs
    let text = "今年扩产的上海推汇照明器材股份有限公司位于马山。";
    check(text, &[("firm", "上海推汇照明器材股份有限公司")]);
    check_absent(text, &["器材股份有限公司"]);
}

#[test]
fn a_kind_of_park_described_by_its_focus_is_no_name() {
    check_absent(
        "打造以竹木加工为主的生态农业产业示范园区。",
        &["生态农业产业示范园区"],
    );
    check_absent(
        "建设以能源开发为基础的绿色经济工业区。",
        &["绿色经济工业区"],
    );
    check(
        "建成以新材料为主导的马山工业园区。",
        &[("park", "马山工业园区")],
    );
}

#[test]
fn a_park_advancing_to_a_higher_status_is_no_part_of_its_name() {
    // jieba reads 晋级 (to advance a grade) as a person's name
    let text = "马山工业园区晋级省级高新技术产业开发区，园区企业增至百家。";
    check(text, &[("park", "马山工业园区")]);
    check_absent(text, &["马山工业园区晋级省级高新技术产业开发区"]);
}

#[test]
fn a_named_cloud_computing_centre_is_a_platform() {
    let text = "广西政务云计算中心落户南宁，服务全区数字政府建设。";
    check(text, &[("platform", "广西政务云计算中心")]);
}

#[test]
fn a_named_makerspace_is_a_platform() {
    let text = "考察组参观了青屿创客空间，了解小微企业孵化情况。";
    check(text, &[("platform", "青屿创客空间")]);
}

#[test]
fn a_makerspace_named_as_a_chat_group_is_no_platform() {
    for text in [
        "在“岚溪创客空间”微信群里，群友线上交流创业心得。",
        "大家在岚溪创客空间微信群里交流创业心得。",
    ] {
        check_absent(text, &["岚溪创客空间"]);
    }
}

#[test]
fn a_two_character_brand_jieba_split_after_a_place_is_whole() {
    // 和/c 乐/a and 正/d 安/v: each pair is the registered brand
    check(
        "广西和乐材料有限公司改建项目已完工。",
        &[("firm", "广西和乐材料有限公司")],
    );
    check(
        "广西正安材料股份有限公司年产两万吨项目开工。",
        &[("firm", "广西正安材料股份有限公司")],
    );
}

#[test]
fn an_industry_jieba_split_into_words_is_no_brand_of_a_project() {
    let text = "该区正推进长三角智能网联新能源汽车科技生态港项目建设。";
    check_absent(
        text,
        &["长三角智能网联新能源汽车科技", "智能网联新能源汽车科技"],
    );
}

#[test]
fn a_base_named_by_its_field_in_a_list_of_projects_is_no_firm() {
    let text = "青屿科学城里，两大研究平台、大数据云基地等项目相继入驻。";
    check_absent(text, &["大数据云基地"]);
}

#[test]
fn a_place_named_chemical_park_is_a_park() {
    check(
        "马山化工园凭借综合实力入选全国百强。",
        &[("park", "马山化工园")],
    );
}

#[test]
fn a_park_suffix_before_a_category_mark_names_no_park() {
    let text = "园区获评全国首个中国材料学会园区类培训基地。";
    check_absent(text, &["中国材料学会园区", "材料学会园区"]);
}

#[test]
fn a_place_after_another_zone_does_not_join_a_park_across_a_verb() {
    // 被评/v 定为/v pause the walk; the place that opens the sentence is
    // the first zone's, not the designation's
    let text = "马山经济开发区化工园区被评定为省化工园区合格园区。";
    check(text, &[("park", "马山经济开发区化工园区")]);
    check_absent(text, &["马山经济开发区化工园区被评定为省化工园区"]);
}

#[test]
fn a_firms_new_name_after_it_is_another_name_of_that_firm() {
    let text = "该厂最早由岚石市纺织工业公司(后更名为“星澜公司”)创办。";
    check(text, &[("firm", "岚石市纺织工业公司")]);
    check_absent(text, &["星澜公司"]);
    // and a park's
    let text = "经省政府同意，马山经济开发区已更名为马山高新技术产业园区，面积随之扩大。";
    check(text, &[("park", "马山经济开发区")]);
    check_absent(text, &["马山高新技术产业园区"]);
}

#[test]
fn a_zones_technology_or_industry_service_centre_is_a_platform() {
    for (text, name) in [
        (
            "入驻企业可到马山高新区科技服务中心办理业务。",
            "马山高新区科技服务中心",
        ),
        (
            "青屿新城产业服务中心为企业提供一站式服务。",
            "青屿新城产业服务中心",
        ),
    ] {
        check(text, &[("platform", name)]);
    }
}

#[test]
fn a_parks_platform_named_with_the_place_where_it_stands_is_a_platform() {
    let text = "加快推进青屿芯谷马山科创中心建设，年内投入使用。";
    check(text, &[("platform", "青屿芯谷马山科创中心")]);
}

#[test]
fn a_rare_word_before_a_zones_place_is_no_part_of_its_name() {
    let caption = "图为航拍马山经济开发区新材料产业园。";
    check(caption, &[("park", "马山经济开发区新材料产业园")]);
    check_absent(caption, &["航拍马山经济开发区新材料产业园"]);
    let clause = "这标明南宁高新区的招商工作取得了新突破。";
    check(clause, &[("park", "南宁高新区")]);
    check_absent(clause, &["标明南宁高新区"]);
}

#[test]
fn a_list_of_kinds_of_projects_names_no_firms() {
    let text = "今年储备了固链、延链、优链型企业项目，总投资超百亿元。";
    check_absent(text, &["固链", "延链", "优链"]);
}

#[test]
fn a_contrast_glued_to_the_name_opening_a_clause_is_no_part_of_it() {
    let text = "今年外贸订单减少，但岚石工业园产值仍有增长。";
    check(text, &[("park", "岚石工业园")]);
    check_absent(text, &["但岚石工业园"]);
}

#[test]
fn a_parks_innovation_and_entrepreneurship_base_is_a_platform() {
    let text = "南宁国家高新区创新创业基地今年孵化企业30家。";
    check(text, &[("platform", "南宁国家高新区创新创业基地")]);
}

#[test]
fn a_named_science_and_innovation_base_is_a_platform() {
    let text = "南宁国家农高区科创基地已入驻团队20个。";
    check(text, &[("platform", "南宁国家农高区科创基地")]);
}

#[test]
fn a_tourist_site_in_a_list_of_projects_names_no_firm() {
    let text = "今年签约了岚石冰雪大世界、星澜温泉、青屿旅游度假区等项目。";
    check_absent(text, &["岚石", "星澜", "星澜温泉", "青屿", "青屿旅游"]);
}

#[test]
fn a_firm_named_by_place_and_trade_counts_among_branded_mates_counted_exactly() {
    let text = "去年落户岚汐新能源、马山光电、星澜科技有限公司3家企业。";
    check(text, &[("firm", "马山光电"), ("firm", "岚汐新能源")]);
    // counted otherwise, the list may hold kinds: the item is no firm
    let text = "去年落户岚汐新能源、马山光电、星澜科技有限公司5家企业。";
    check_absent(text, &["马山光电"]);
}

#[test]
fn a_parks_competitiveness_names_no_park() {
    let text = "评选具有竞争力优势化工园区的标准公布。";
    check_absent(text, &["竞争力优势化工园区", "具有竞争力优势化工园区"]);
}

#[test]
fn a_park_two_places_build_together_is_named_from_the_first_place() {
    let text = "南宁·紫金东西部协作共建产业园今年新签约项目12个。";
    check(text, &[("park", "南宁·紫金东西部协作共建产业园")]);
    // without a word of cooperation 共建 is the verb
    check_absent("双方将在马山共建产业园。", &["马山共建产业园"]);
}

#[test]
fn a_health_valley_is_a_park() {
    let text = "星澜现代健康谷已引进项目12个。";
    check(text, &[("park", "星澜现代健康谷")]);
}

#[test]
fn a_zones_extension_park_is_a_park() {
    let text = "青屿拓展园一期标准厂房已交付使用。";
    check(text, &[("park", "青屿拓展园")]);
}

#[test]
fn what_a_plant_makes_a_year_is_no_firm() {
    check_absent(
        "该公司计划新上年产300吨碳纳米管材料生产线。",
        &["碳纳米管材料"],
    );
    check(
        "岚石材料年产300吨碳纳米管材料项目开工。",
        &[("firm", "岚石材料")],
    );
}

#[test]
fn a_park_named_right_after_a_company_is_its_project() {
    check_absent(
        "星澜光电股份有限公司电子商务产业园项目当天签约。",
        &["电子商务产业园"],
    );
    check_absent(
        "岚石光学有限公司的电子商务产业园项目总投资10亿元。",
        &["电子商务产业园"],
    );
    check(
        "星澜光电股份有限公司落户马山县智慧物流产业园。",
        &[("park", "马山县智慧物流产业园")],
    );
}

#[test]
fn kinds_of_projects_after_a_batch_still_close_a_list_of_firms() {
    check(
        "近年来，岚石化工、青屿纺织等一批高端型、外向型项目相继投产。",
        &[("firm", "岚石"), ("firm", "青屿")],
    );
}

#[test]
fn a_coined_brand_and_its_trade_before_a_verb_open_a_clause_as_a_firm() {
    check(
        "瀚容科技废旧轮胎回收生产线建成投产，年处理能力5万吨。",
        &[("firm", "瀚容科技")],
    );
    check_absent("瀚容科技创新平台正式启用。", &["瀚容科技"]);
}

#[test]
fn a_bonded_zones_short_form_is_a_park() {
    check(
        "南宁综保区今年新引进加工贸易企业12家。",
        &[("park", "南宁综保区")],
    );
}

#[test]
fn a_registered_partnership_is_a_firm() {
    check(
        "广西星澜股权投资合伙企业(有限合伙)与岚石科技有限公司签订增资协议。",
        &[
            ("firm", "岚石科技有限公司"),
            ("firm", "广西星澜股权投资合伙企业(有限合伙)"),
        ],
    );
}

#[test]
fn a_technology_jieba_tags_as_a_name_is_no_brand() {
    let text = "今年以来，岚石装备、星澜电子、蓝牙音箱等项目陆续投产。";
    check(text, &[("firm", "岚石")]);
    check_absent(text, &["蓝牙", "蓝牙音箱"]);
    check_absent(
        "回归项目包括岚石新能源、星澜生物、纳米涂层等一批投资项目。",
        &["纳米", "纳米涂层"],
    );
    check_absent("新厂房内，纳米科技创新成果集中展示。", &["纳米科技"]);
}

#[test]
fn the_local_zone_and_a_machines_control_name_nothing() {
    check_absent(
        "星澜县积极推动当地经济开发区升级为国家级开发区。",
        &["当地经济开发区"],
    );
    check_absent("车间里，一台数控激光切割机正在加工钢板。", &["数控激光"]);
}

#[test]
fn a_park_named_from_the_nation_on_is_a_designation() {
    check_absent(
        "星澜市正在争创国家电子商务产业园。",
        &["国家电子商务产业园"],
    );
    check(
        "马山县国家电子商务产业园建设提速。",
        &[("park", "马山县国家电子商务产业园")],
    );
}

#[test]
fn a_verb_before_technology_in_a_name_opening_the_clause_is_its_field() {
    check(
        "岚乔电子焊接技术有限公司今年建成新车间。",
        &[("firm", "岚乔电子焊接技术有限公司")],
    );
    check(
        "星澜材料防护技术有限公司建成新车间。",
        &[("firm", "星澜材料防护技术有限公司")],
    );
    // further into the clause the verb still ends the name
    check_absent(
        "瀚容公司考察焊接技术有限公司。",
        &["瀚容公司考察焊接技术有限公司"],
    );
}

#[test]
fn land_for_a_use_is_no_part_of_a_parks_name() {
    let text = "岚石县划出三百亩产业用地青屿科技城，首期已开工。";
    check(text, &[("park", "青屿科技城")]);
    check_absent(text, &["产业用地青屿科技城", "三百亩产业用地青屿科技城"]);
}

#[test]
fn a_trade_word_opening_a_parks_suffix_names_no_firm() {
    check_absent("岚乔科技城内，十栋楼已经封顶。", &["岚乔科技"]);
}

#[test]
fn an_association_signing_a_project_is_no_firm() {
    let text = "岚石县与星澜慈善总会签订助学项目。";
    check(text, &[("institution", "星澜慈善总会")]);
    check_absent(text, &["星澜"]);
    let got = names(text);
    assert!(!got.iter().any(|(t, _)| *t == EntityType::Firm), "{got:?}");
}

#[test]
fn a_subject_before_a_preposition_jieba_glued_to_a_brand_opens_no_name() {
    let text = "园区安排专人对岚乔、星澜、瀚容等骨干企业开展走访。";
    check(text, &[("firm", "岚乔"), ("firm", "星澜")]);
    check_absent(text, &["专人对岚乔"]);
}

#[test]
fn the_great_makers_of_a_market_sum_up_a_list_of_firms() {
    let text = "岚乔电子有限公司与星澜、瀚容两大整车制造商签订供货协议。";
    check(text, &[("firm", "星澜"), ("firm", "瀚容")]);
    check_absent(text, &["岚乔电子有限公司与星澜"]);
}

#[test]
fn what_a_project_obtains_from_a_firm_opens_the_firms_name() {
    check_absent(
        "岚石县货运专线获电力公司批准，年内开工。",
        &["岚石县货运专线获电力公司"],
    );
    check(
        "岚石县货运专线获南宁交通投资公司批准，年内开工。",
        &[("firm", "南宁交通投资公司")],
    );
}

#[test]
fn a_making_verb_before_a_role_describes_the_firm_not_a_list_of_products() {
    check(
        "新区已聚集了光伏组件生产骨干企业岚石新能源、青屿电子、嘉汇材料等企业。",
        &[
            ("firm", "岚石新能源"),
            ("firm", "青屿电子"),
            ("firm", "嘉汇材料"),
        ],
    );
}

#[test]
fn naming_and_lacking_verbs_end_a_name_on_their_left() {
    let named = "该园区被岚石县招商工作领导小组命名岚石县青年创业园。";
    check(named, &[("park", "岚石县青年创业园")]);
    check_absent(named, &["领导小组命名岚石县青年创业园"]);
    check_absent(
        "过去我们在招商引资中没有孵化园，人才流失严重。",
        &["招商引资中没有孵化园"],
    );
}

#[test]
fn an_adverb_before_cooperating_is_no_part_of_the_partners_name() {
    let text = "岚石公司与南宁大学美术学院积极合作，承接雕塑制作任务。";
    check(text, &[("institution", "南宁大学美术学院")]);
    check_absent(text, &["南宁大学美术学院积极"]);
}

#[test]
fn a_list_of_places_may_end_with_an_area_named_by_its_region_word() {
    check_absent(
        "园区瞄准南宁、马山和西南沿边地区等意向配套企业开展招商。",
        &["西南沿边地区", "西南沿边"],
    );
}

#[test]
fn an_incubator_company_keeps_its_enterprise_word() {
    check(
        "2021年，南宁市政府、南宁岚溪企业孵化器有限公司共同打造了科技服务平台。",
        &[("firm", "南宁岚溪企业孵化器有限公司")],
    );
}

#[test]
fn a_county_short_form_jieba_tags_a_function_word_still_names_the_place() {
    check(
        "该县将全力做强甘肃两当经济开发区，打造百亿级园区。",
        &[("park", "甘肃两当经济开发区")],
    );
}

#[test]
fn a_park_called_a_platform_is_no_platform() {
    let text = "该县将全力建强广西马山经济开发区平台，打造百亿级园区。";
    check(text, &[("park", "广西马山经济开发区")]);
    check_absent(text, &["广西马山经济开发区平台"]);
}

#[test]
fn a_named_parks_carrier_may_say_whom_it_serves_between_the_two() {
    check(
        "岚溪食品有限公司注册于马山工业园区中小企业创业孵化基地，主营农产品加工。",
        &[("platform", "马山工业园区中小企业创业孵化基地")],
    );
    check_absent(
        "镇里还要建设“全链条”医药小镇科技创新中心。",
        &["医药小镇科技创新中心"],
    );
}

#[test]
fn a_zone_and_its_counted_parks_name_each_park_however_short() {
    let text = "经开区依照岚溪园、青屿园、嘉汇园“一区三园”的格局推进建设。";
    check(
        text,
        &[("park", "岚溪园"), ("park", "青屿园"), ("park", "嘉汇园")],
    );
    // the count must match the items
    check_absent(
        "经开区依照岚溪园、青屿园“一区三园”的格局推进建设。",
        &["岚溪园", "青屿园"],
    );
}

#[test]
fn a_counted_park_list_after_a_comma_keeps_bracketed_notes_and_its_last_join() {
    check(
        "新区范围涵盖“三园”，即生物科技产业园(含南宁职业学院)、沿海装备产业园以及现代物流产业园。",
        &[
            ("park", "生物科技产业园"),
            ("park", "沿海装备产业园"),
            ("park", "现代物流产业园"),
        ],
    );
}

#[test]
fn a_technology_jieba_tags_a_name_is_no_brand_before_a_trade() {
    check_absent(
        "这台储能柜配的是一款锂离子电池，循环寿命长。",
        &["锂离子电池"],
    );
}

#[test]
fn a_title_quoted_before_a_list_items_name_is_no_end_of_the_list() {
    check(
        "园区现有广西“瞪羚企业”岚石制药、“单项冠军”青屿生物、“技术发明一等奖”嘉汇科技等公司入驻。",
        &[
            ("firm", "岚石制药"),
            ("firm", "青屿生物"),
            ("firm", "嘉汇科技"),
        ],
    );
    // a brand in quotation marks is the name, not a title before it
    check_absent("引进“岚汐”食品、“星澜”电子等企业。", &["食品", "电子"]);
}

#[test]
fn a_zone_kept_in_mind_is_a_slogans_object() {
    check_absent(
        "园区始终牢记国家高新区“创新驱动”的使命。",
        &["牢记国家高新区", "国家高新区"],
    );
}

#[test]
fn what_a_park_is_built_around_is_a_firm() {
    check(
        "该县建成了以岚汐铝业为核心的精深加工产业园。",
        &[("firm", "岚汐铝业")],
    );
    // products a park is built around are no firm
    check_absent("该县建成了以园林工具为主的产业园。", &["园林工具"]);
}

#[test]
fn a_brand_jieba_guesses_a_preposition_opens_the_first_item() {
    check(
        "今年正在建设星至半导体新材料、青屿原料药等一批化工项目。",
        &[("firm", "星至")],
    );
}

#[test]
fn a_venue_among_the_firms_visited_is_no_firm() {
    let s = "省考察组近日前往嘉汇有限公司、中国岚汐国际会展中心、岚石丝绸展馆、星澜科技有限公司等地调研。";
    check(s, &[("firm", "星澜科技有限公司")]);
    check_absent(s, &["中国岚汐国际会展中心", "岚石丝绸展馆"]);
}

#[test]
fn a_count_of_kinds_opening_a_project_names_no_firm() {
    check_absent(
        "近日,园区三大国际领先科技项目同时开工。",
        &["三大国际领先科技", "三大国际领先"],
    );
    check(
        "五大连池岚石矿泉水有限公司扩建项目开工。",
        &[("firm", "五大连池岚石矿泉水有限公司")],
    );
}

#[test]
fn a_testing_centre_built_is_a_platform_one_met_as_a_partner_a_public_body() {
    check(
        "县里建成了南宁市农业机械质量监督检验中心。",
        &[("platform", "南宁市农业机械质量监督检验中心")],
    );
    check(
        "园区与马山国家农机质量监督检验中心洽谈共建实验室。",
        &[("institution", "马山国家农机质量监督检验中心")],
    );
}

#[test]
fn a_county_jieba_knows_as_a_conjunction_stays_in_the_name() {
    check(
        "学院在当地设立了新疆农业大学且末技术转移中心。",
        &[("platform", "新疆农业大学且末技术转移中心")],
    );
}

#[test]
fn a_research_bodys_station_in_a_county_is_a_platform() {
    check(
        "县里设立了广西岚石电缆研究所马山工作站。",
        &[("platform", "广西岚石电缆研究所马山工作站")],
    );
    check_absent(
        "全县企业建成院士工作站3家。",
        &["院士工作站", "企业建成院士工作站"],
    );
}

#[test]
fn a_count_after_a_list_counts_its_items_not_a_kind() {
    check(
        "园区已完成岚石农机展示馆、南宁市农业机械技术研发培训中心2个项目的征地。",
        &[("platform", "南宁市农业机械技术研发培训中心")],
    );
}

#[test]
fn a_registered_name_after_its_description_starts_where_the_register_does() {
    let sentence = "县里正与片区运营商万科企业股份有限公司洽谈合作。";
    check(sentence, &[("firm", "万科企业股份有限公司")]);
    check_absent(
        sentence,
        &[
            "片区运营商万科企业股份有限公司",
            "运营商万科企业股份有限公司",
        ],
    );
    // places before the registered name stay the name's
    check(
        "广东万科企业股份有限公司在县里投资。",
        &[("firm", "广东万科企业股份有限公司")],
    );
}

#[test]
fn a_quoted_way_of_working_after_firms_is_no_firm() {
    check_absent("推广政府加企业“BOT”合作模式。", &["BOT"]);
    check_absent("探索政企“岚石”模式。", &["岚石"]);
    check("引进龙头企业“岚石”落户园区。", &[("firm", "岚石")]);
}

#[test]
fn a_verb_before_a_parks_place_is_no_part_of_the_name() {
    let sentence = "该项目打响马山工业园区建设的“第一枪”。";
    check(sentence, &[("park", "马山工业园区")]);
    check_absent(sentence, &["打响马山工业园区"]);
    // a trade jieba reads as a verb ends the firm that opens the park's name
    check(
        "岚石重工马山海洋装备科技园开工建设。",
        &[("park", "岚石重工马山海洋装备科技园")],
    );
}

#[test]
fn a_firms_park_named_by_the_firm_and_a_place_opens_with_the_firm() {
    check(
        "县里成功引进了岚石集团马山新材料产业园,将推动循环经济发展。",
        &[("park", "岚石集团马山新材料产业园"), ("firm", "岚石集团")],
    );
    check_absent(
        "县里成功引进了岚石集团马山新材料产业园,将推动循环经济发展。",
        &["马山新材料产业园"],
    );
    // a park that names the firm's brand itself is named without the firm
    check(
        "安徽青屿水泥有限公司马山青屿绿色建材产业园开工。",
        &[("park", "马山青屿绿色建材产业园")],
    );
}

#[test]
fn a_place_before_a_preposition_opening_a_list_is_the_clauses_subject() {
    let sentence = "近年来,两当县以丰满矿业等龙头企业为抓手,培育骨干企业。";
    check(sentence, &[("firm", "丰满矿业")]);
    check_absent(sentence, &["两当县以丰满矿业"]);
}

#[test]
fn a_verb_of_making_inside_a_parks_name_opens_no_list_of_products() {
    check(
        "马山智能制造产业园今年与岚石电气、青屿电气、星澜智能等8家企业签约。",
        &[("firm", "青屿电气"), ("firm", "星澜智能")],
    );
    check_absent("园区生产岚石电气、青屿电气等产品。", &["青屿电气"]);
}

#[test]
fn single_characters_before_a_bracketed_place_are_the_brands() {
    check(
        "星喔(广西)食品有限公司是第一个进驻该区的食品企业。",
        &[("firm", "星喔(广西)食品有限公司")],
    );
    // a preposition before the run is no brand's
    let sentence = "县政府与星喔(广西)食品有限公司签订合作协议。";
    check(sentence, &[("firm", "星喔(广西)食品有限公司")]);
    check_absent(sentence, &["与星喔(广西)食品有限公司"]);
}

#[test]
fn a_registered_name_between_a_lists_marks_is_the_whole_item() {
    check(
        "园区有岚石纺织品有限公司、马山百家祥纺织有限责任公司、两当县岚溪农业科技有限公司。",
        &[("firm", "马山百家祥纺织有限责任公司")],
    );
    // a description opening the item stays out
    check_absent(
        "园区有岚石纺织品有限公司、第一纳税大户马山岚溪制药有限公司、青屿科技有限公司。",
        &["第一纳税大户马山岚溪制药有限公司"],
    );
}

#[test]
fn a_preposition_glued_to_a_brand_inside_a_lists_first_item_opens_the_name() {
    let sentence = "北纬生态农业继岚石糖业、青屿粮贸等公司之后签约入园。";
    check(sentence, &[("firm", "岚石糖业"), ("firm", "青屿粮贸")]);
    check_absent(sentence, &["北纬生态农业继岚石糖业", "继岚石糖业"]);
}

#[test]
fn a_generic_modifier_before_a_suffix_after_a_park_is_the_parks_designation() {
    let sentence = "岚石经济技术开发区零碳园区创建暨项目开工仪式在马山举行。";
    check(sentence, &[("park", "岚石经济技术开发区")]);
    check_absent(sentence, &["岚石经济技术开发区零碳园区", "零碳园区"]);
}

#[test]
fn a_suffix_inside_a_townships_name_names_no_firm() {
    let sentence = "位于马山县纸厂河镇的广西岚石耐磨材料有限公司内,生产线投产。";
    check(sentence, &[("firm", "广西岚石耐磨材料有限公司")]);
    check_absent(sentence, &["马山县纸厂"]);
}

#[test]
fn a_material_jieba_tags_a_proper_noun_is_no_brand() {
    check_absent(
        "马山县建设年产20万吨聚酯化纤项目,满足下游对聚酯化纤的需求。",
        &["聚酯化纤"],
    );
    check_absent("岚石集团投资建设聚丙烯材料项目。", &["聚丙烯材料"]);
}

#[test]
fn a_rare_dictionary_noun_opening_a_clause_before_a_trade_is_a_brand() {
    check(
        "生产形势良好,鸿运热电新增供热面积30万平方米。",
        &[("firm", "鸿运热电")],
    );
    check("今年,鸿运电子新建厂房2400平方米。", &[("firm", "鸿运电子")]);
    // a common noun there is no brand
    check_absent("今年,企业电子新建厂房2400平方米。", &["企业电子"]);
}

#[test]
fn a_firms_kind_after_the_lists_closing_deng_describes_the_listed_firms() {
    let sentence = "该片区聚集了岚石集团、青屿集团等磷化工行业龙头公司,要素保障实力雄厚。";
    check(sentence, &[("firm", "岚石集团"), ("firm", "青屿集团")]);
    check_absent(sentence, &["磷化工行业龙头公司"]);
}

#[test]
fn a_conjunction_jieba_glued_to_a_product_makes_no_brand() {
    check_absent(
        "该区围绕正极材料、负极材料等;电芯及电池系统;电池应用进行全产业链招商。",
        &["电芯及电池"],
    );
}

#[test]
fn a_coined_brand_after_a_phase_opening_the_clause_is_a_firm() {
    check(
        "岚石产业园一期厂房已建成交付使用;其中二期星澜电子已竣工投产。",
        &[("firm", "星澜电子")],
    );
}

#[test]
fn the_items_of_a_list_of_chain_projects_are_firms_projects() {
    let sentence = "岚石(广西)辐照中心、青屿电缆特材等一批产业链项目陆续启动实施。";
    check(sentence, &[("firm", "岚石"), ("firm", "青屿")]);
    // the kinds of a chain's projects are no firms
    check_absent(
        "新能源、新材料等一批产业链项目陆续启动实施。",
        &["新能源", "新材料"],
    );
}

#[test]
fn a_park_after_cheng_wei_that_owns_what_follows_is_named() {
    check(
        "园区设施进一步完善,成为马山国家农业科技园区重要的核心区之一。",
        &[("park", "马山国家农业科技园区")],
    );
    // what a park is to become names no other park
    check_absent(
        "把青屿园建设成为马山县重要支柱产业园。",
        &["马山县重要支柱产业园"],
    );
}

#[test]
fn a_places_logistics_port_is_a_park() {
    check(
        "扎实推进马山国际物流港建设。",
        &[("park", "马山国际物流港")],
    );
    check_absent("当地正在建设国际物流港。", &["国际物流港"]);
}

#[test]
fn an_industrys_research_platform_with_no_proper_word_is_no_name() {
    check_absent(
        "项目发展目标是打造我省生物制药研发创新平台。",
        &["生物制药研发创新平台"],
    );
}

#[test]
fn a_named_block_where_a_parks_projects_gather_is_a_park() {
    let s = "马山县采用园区模式,建设岚溪项目区和青屿项目区。";
    check(s, &[("park", "岚溪项目区"), ("park", "青屿项目区")]);
    // a kind of farmland scheme names no park
    check_absent("推进高标准农田项目区建设。", &["高标准农田项目区"]);
}

#[test]
fn a_trade_word_ending_inside_a_product_leaves_the_brand_alone() {
    let s = "马山县将全力保障岚石固态锂电池项目产业化。";
    check(s, &[("firm", "岚石")]);
    check_absent(s, &["岚石固态锂电"]);
}

#[test]
fn brands_listed_beside_a_firm_with_no_cue_are_firms() {
    let s = "像岚石安防一样,星澜健康、嘉汇药业、汇多国际医疗等纷至沓来。";
    check(s, &[("firm", "星澜健康"), ("firm", "汇多国际医疗")]);
    // a list a cue sums up as projects names products after the brands
    let s = "新落地岚石精密机械零部件、南宁星澜科技新能源自行车制造等制造业项目33个。";
    check_absent(s, &["岚石精密机械零部件"]);
}

#[test]
fn one_brand_before_a_cue_summing_up_projects_is_a_firm() {
    let s = "开发区规划建设岚溪科技园,一期引进星澜显示科技等20多个高科技项目入驻。";
    check(s, &[("firm", "星澜")]);
    // a field alone before the cue names no firm
    check_absent("一期引进新能源汽车等20多个项目入驻。", &["新能源汽车"]);
}

#[test]
fn a_listed_short_name_between_named_items_of_a_list_is_the_company() {
    let s = "岚溪科创中心、星澜研究院、东方财富、青屿实验室等8家单位入驻。";
    check(s, &[("firm", "东方财富")]);
    // standing alone it may be ordinary words; one common word is goods
    check_absent("东方财富将在此落户。", &["东方财富"]);
    check_absent(
        "岚溪科创中心、星澜研究院、农产品、青屿实验室等入驻。",
        &["农产品"],
    );
}

#[test]
fn no_form_of_a_name_opens_with_a_horizontal_bar() {
    let forms = forms_of_names("做大做强南宁市广西中国―东盟岚溪产业园。");
    assert!(
        forms.iter().any(|f| *f == "南宁市广西中国―东盟岚溪产业园"),
        "{forms:?}"
    );
    assert!(!forms.iter().any(|f| f.starts_with('―')), "{forms:?}");
}

#[test]
fn no_form_of_a_name_closes_a_bracket_it_never_opened() {
    let forms = forms_of_names("签约仪式在马山(南宁)岚溪科创园举行。");
    assert!(
        forms.iter().any(|f| *f == "马山(南宁)岚溪科创园"),
        "{forms:?}"
    );
    assert!(!forms.iter().any(|f| f.starts_with("南宁)")), "{forms:?}");
}

#[test]
fn a_trade_word_ending_in_zi_before_gong_si_is_no_subsidiary() {
    let s = "随后实地察看了岚石电子公司。";
    check(s, &[("firm", "岚石电子公司")]);
    // a group's subsidiary named by its relation: the group is the firm
    check("星澜集团子公司今年投产。", &[("firm", "星澜集团")]);
}

#[test]
fn a_group_written_right_before_its_subsidiarys_registered_name_is_another_firm() {
    let s = "引进了以星澜集团岚石机械工程有限公司等为代表的十个项目。";
    check(s, &[("firm", "星澜集团"), ("firm", "岚石机械工程有限公司")]);
    check_absent(s, &["星澜集团岚石机械工程有限公司"]);
    // an ordinal or a region after 集团 goes on with the group's own name
    check_absent("星澜集团第五工程有限公司中标。", &["第五工程有限公司"]);
    // a listed company's registered name stays whole
    check_absent("横店集团东磁股份有限公司投产。", &["东磁股份有限公司"]);
}

#[test]
fn a_places_pooled_strength_opens_no_name() {
    let s = "马山县正在举全县之力建强南宁岚溪科技城。";
    check(s, &[("park", "南宁岚溪科技城")]);
    check_absent(s, &["全县之力建强南宁岚溪科技城"]);
}

#[test]
fn a_countys_industrial_town_is_a_park() {
    let s = "近年来,马山工业城已引进岚石机械、星澜电子等企业。";
    check(s, &[("park", "马山工业城")]);
    // a verb jieba knows well before the suffix takes the park as its object
    check_absent("我们加大力度推介工业城。", &["加大力度推介工业城"]);
    // a verb of making there is the park's trade
    check(
        "马山县装备制造产业园开工。",
        &[("park", "马山县装备制造产业园")],
    );
}

#[test]
fn carriers_summed_up_as_functional_carriers_are_platforms() {
    let s = "园区内科技大厦、国际会展展示中心、人才公寓、国家仪器设备检验检测中心等功能性载体建成投用。";
    check(
        s,
        &[
            ("platform", "国际会展展示中心"),
            ("platform", "国家仪器设备检验检测中心"),
        ],
    );
}

#[test]
fn a_made_up_word_jieba_guessed_a_measure_is_a_brand() {
    // jieba: 个泓/q, a word it does not know
    let s = "今天个泓集团高端装备产业园开工。";
    check(
        s,
        &[("firm", "个泓集团"), ("park", "个泓集团高端装备产业园")],
    );
}

#[test]
fn a_counted_platform_list_names_each_carrier_but_no_status() {
    let text = "马山县建成5个公共服务平台，包括国家级科技企业孵化器、岚溪检测认证中心、竹木材料研究院、跨境贸易服务基地和公共保税仓储中心(A型)。";
    check(
        text,
        &[
            ("platform", "岚溪检测认证中心"),
            ("platform", "竹木材料研究院"),
            ("platform", "跨境贸易服务基地"),
            ("platform", "公共保税仓储中心(A型)"),
        ],
    );
    check_absent(text, &["国家级科技企业孵化器", "科技企业孵化器"]);
}

#[test]
fn the_deng_closing_a_list_ends_a_research_bodys_name_before_a_platform() {
    let text = "园区整合岚石研究院、青屿大学星澜研究院等科创平台进驻。";
    check(text, &[("platform", "青屿大学星澜研究院")]);
    check_absent(text, &["青屿大学星澜研究院等科创平台"]);
}

#[test]
fn a_service_complex_named_by_its_industry_is_a_platform() {
    check(
        "今年，竹木家具产业创新服务综合体列入省级创建名单。",
        &[("platform", "竹木家具产业创新服务综合体")],
    );
    // a list makes it a kind of complex
    check_absent(
        "推动竹木家具、纺织服装等产业创新服务综合体建设。",
        &["纺织服装等产业创新服务综合体", "纺织服装产业创新服务综合体"],
    );
}

#[test]
fn a_registered_firms_trade_verbs_are_no_brand() {
    let text = "据了解，岚石钢铁有限公司星澜配送加工有限公司投资1亿元。";
    check(text, &[("firm", "星澜配送加工有限公司")]);
    check_absent(text, &["加工有限公司"]);
}

#[test]
fn the_brand_before_a_product_and_its_plant_is_the_firm() {
    let text = "全区首个瀚容燃料电池厂房顺利落成，岚石科技产业园同时开工。";
    check(text, &[("firm", "瀚容")]);
    check_absent(text, &["瀚容燃料电池"]);
}

#[test]
fn a_modifier_after_a_listed_brand_heads_no_name() {
    let text = "园区签约落地时代岚乔新型锂盐、星澜新能源、嘉汇电子等一批高新项目。";
    check(text, &[("firm", "时代岚乔"), ("firm", "星澜新能源")]);
    check_absent(text, &["时代岚乔新型"]);
}

#[test]
fn the_wai_after_a_distance_opens_no_name() {
    let text = "卤水将很快送至5公里外岚乔新能源发展有限公司的中试基地。";
    check(text, &[("firm", "岚乔新能源发展有限公司")]);
    check_absent(text, &["外岚乔新能源发展有限公司"]);
}

#[test]
fn a_firms_role_before_a_named_park_ends_its_description() {
    let text = "园区计划引进龙头企业岚乔化工配套产业园等项目，建设中小企业创业园。";
    check(text, &[("park", "岚乔化工配套产业园")]);
    check_absent(text, &["龙头企业岚乔化工配套产业园"]);
}

#[test]
fn a_noun_and_verb_naming_a_research_bodys_unit_are_its_field() {
    let text = "现场举行了青屿大学分子工程岚溪研究院成果转化平台揭牌仪式。";
    check(
        text,
        &[("platform", "青屿大学分子工程岚溪研究院成果转化平台")],
    );
}

#[test]
fn a_parks_talent_station_is_a_platform() {
    let text = "园区建成岚溪竹木加工产业园人才驿站等配套设施。";
    check(text, &[("platform", "岚溪竹木加工产业园人才驿站")]);
}

#[test]
fn an_industrys_service_platform_named_by_it_is_a_platform() {
    let text = "专家团参观考察了竹木家具产业服务平台、岚石机械有限公司。";
    check(text, &[("platform", "竹木家具产业服务平台")]);
}

#[test]
fn a_parks_smart_innovation_suffix_names_a_park() {
    let text = "位于马山县的星澜南宁智创园工地机声隆隆。";
    check(text, &[("park", "星澜南宁智创园")]);
}

#[test]
fn striving_to_opens_no_name() {
    let text =
        "其中,续建项目9项,力争岚乔化工40万吨乙二醇、星澜10万吨碳化硅、嘉汇电气2200台高压项目。";
    check_absent(text, &["力争岚乔", "力争岚乔化工"]);
}

#[test]
fn an_effort_adverb_and_its_verb_open_no_park() {
    let text = "马山县大力支持岚石科技园内企业开展技术创新。";
    check(text, &[("park", "岚石科技园")]);
    check_absent(text, &["马山县大力支持岚石科技园", "大力支持岚石科技园"]);
}

#[test]
fn a_parks_part_before_a_registered_name_ends_it() {
    let text = "这里是马山经开区岚溪片区广西岚石新能源材料有限公司年产5万吨项目厂区。";
    check(text, &[("firm", "广西岚石新能源材料有限公司")]);
    check_absent(text, &["岚溪片区广西岚石新能源材料有限公司"]);
}

#[test]
fn a_parks_part_named_by_a_place_is_a_park_but_a_towns_quarter_is_not() {
    let text = "力争在马山片区建成全国重要的新能源电池产业集群。老城片区、东部片区和重点片区建设加快,城南片区改造完成。";
    check(text, &[("park", "马山片区")]);
    check_absent(text, &["老城片区", "东部片区", "重点片区", "城南片区"]);
}

#[test]
fn then_serving_opens_no_firm() {
    let text = "招商团队把调查报告送到了时任公司董事长岚乔的面前。";
    check_absent(text, &["时任公司", "时任"]);
}

#[test]
fn a_list_summed_up_as_groups_names_firms() {
    let text = "该总部经济城位于马山县,由岚石、星澜、嘉汇、青屿等四大陶瓷集团联合出资。";
    check(
        text,
        &[
            ("firm", "岚石"),
            ("firm", "星澜"),
            ("firm", "嘉汇"),
            ("firm", "青屿"),
        ],
    );
}

#[test]
fn recycling_is_a_registered_firms_trade_no_brand() {
    let text = "一是统筹布局。组建马山再生资源回收集团公司,统筹回收废旧电池。";
    check_absent(text, &["回收集团公司", "回收集团", "回收"]);
}

#[test]
fn what_one_project_holds_together_names_no_firms() {
    let text = "该项目将打造成集岚石产业园、星澜展览中心、五星级酒店、CEO会馆、商业金融等多功能于一体的综合性项目。";
    check_absent(text, &["五星级酒店", "CEO", "CEO会馆", "商业金融"]);
}

#[test]
fn a_verb_read_as_an_adjective_opens_a_list_not_its_first_name() {
    let text =
        "该企业主要生产汽车安全带织带,配套岚石、星澜、嘉汇等20多家车企,占国内市场份额30%以上。";
    check(
        text,
        &[("firm", "岚石"), ("firm", "星澜"), ("firm", "嘉汇")],
    );
    check_absent(text, &["配套岚石"]);
}

#[test]
fn a_groups_company_in_a_place_is_one_registered_name() {
    let text = "岚石重工集团(马山)有限公司副总经理李兰说,企业订单已排到明年。";
    check(text, &[("firm", "岚石重工集团(马山)有限公司")]);
}

#[test]
fn a_firms_academician_station_is_a_platform_but_a_places_counts_stations() {
    let text = "近日,星澜省级院士工作站揭牌成立。目前,马山院士专家工作站在研项目128个。";
    check(text, &[("platform", "星澜省级院士工作站")]);
    check_absent(text, &["马山院士专家工作站"]);
}

#[test]
fn a_verb_after_an_adverb_opens_no_park() {
    let text = "积极助推星澜·嘉汇健康食品小镇等项目落地。";
    check(text, &[("park", "星澜·嘉汇健康食品小镇")]);
    check_absent(text, &["助推星澜·嘉汇健康食品小镇"]);
}

#[test]
fn a_cluster_zone_is_named_by_its_place() {
    check(
        "开始规划建设由文成岚乔集中区和通道青屿集中区组建而成的星澜陶瓷产业园。",
        &[("park", "文成岚乔集中区"), ("park", "星澜陶瓷产业园")],
    );
    check_absent(
        "形成以城东街道、星澜镇为集中区,其余乡镇为辐射区的布局。",
        &["为集中区", "星澜镇为集中区"],
    );
}

#[test]
fn a_life_science_city_is_a_park() {
    check(
        "岚石国际生物城对标建设国家级生物医药产业集群的发展定位,聚力招大引强。",
        &[("park", "岚石国际生物城")],
    );
}

#[test]
fn a_clusters_projects_are_its_firms() {
    check(
        "此外,岚石医疗器械、青屿医药包装、星至医用敷料等6个生物医药产业集群项目集中签约。",
        &[("firm", "岚石"), ("firm", "青屿"), ("firm", "星至")],
    );
    check_absent(
        "新能源、新材料、生物医药等6个产业项目集中签约。",
        &["新能源", "新材料", "生物医药"],
    );
}

#[test]
fn a_county_jieba_cuts_into_two_characters_opens_a_park() {
    // 望/v 都/d: a county's name read as a verb and an adverb
    check(
        "2025年4月24日上午,青屿·望都国际吉他产业园交付仪式在园区隆重举行。",
        &[("park", "青屿·望都国际吉他产业园")],
    );
    // 云/ns 和/c stays a place and a conjunction
    check_absent(
        "近日,云和与星澜新材料股份有限公司签约,双方将共建云和新材料重点实验室。",
        &["建云和新材料重点实验室"],
    );
}

#[test]
fn fields_before_an_industrys_customers_are_no_firms() {
    check_absent(
        "产品服务于全球众多的光学仪器、安防监控等行业客户。",
        &["安防监控", "光学仪器"],
    );
    // a brand beside a word jieba knows stays a firm
    check(
        "公司与星澜、长城等行业龙头企业开展合作。",
        &[("firm", "星澜")],
    );
}

#[test]
fn an_appliance_part_is_no_firm() {
    check_absent(
        "经过熔制、成型等工序,一块块家电玻璃走下生产线。",
        &["家电玻璃"],
    );
}

#[test]
fn a_list_summed_up_as_an_industrys_service_platforms_names_platforms() {
    check(
        "岚溪县建成了光伏组件产品研发中心、青屿光伏检验检测中心、光伏信用担保中心等光伏产业集群公共服务平台。",
        &[
            ("platform", "光伏组件产品研发中心"),
            ("platform", "光伏信用担保中心"),
        ],
    );
}

#[test]
fn a_verb_of_building_is_no_part_of_the_park_it_builds() {
    // 新建 is also a district's short form (新建/ns)
    let text = "2023年,该区新建光伏组件产业园,吸引5家上下游企业入驻。";
    check(text, &[("park", "光伏组件产业园")]);
    check_absent(text, &["新建光伏组件产业园"]);
}

#[test]
fn a_figure_jieba_made_up_of_numerals_is_a_brand() {
    check(
        "项目由四一集团有限公司投资建设,于去年8月开工。",
        &[("firm", "四一集团有限公司")],
    );
    check(
        "四一重工岚溪工程机械有限公司工作人员说,公司希望借助口岸优势。",
        &[("firm", "四一重工岚溪工程机械有限公司")],
    );
    // an approximate count jieba knows is none
    check_absent("全县三五有限公司参与其中。", &["三五有限公司"]);
}

#[test]
fn a_product_jieba_knows_as_a_set_phrase_before_a_project_is_made_by_its_firm() {
    // 有轨电车/l
    check(
        "星澜科技新能源有轨电车项目于2023年实现量产。",
        &[("firm", "星澜科技")],
    );
}

#[test]
fn a_firms_series_of_projects_names_the_firm() {
    // jieba reads 岚/nr 联系/n 列/v across the series' word
    let text = "岚石科技、岚联系列、青屿包装等项目相继落地。";
    check(text, &[("firm", "岚联")]);
    check_absent(text, &["岚联系列"]);
}

#[test]
fn a_list_of_parks_summed_up_as_a_batch_ends_at_its_cue() {
    let s = "将加快打造岚石国际医疗产业园、青屿生物科技园等一批特色产业园区,推动产业集聚发展。";
    check(s, &[("park", "青屿生物科技园")]);
    check_absent(s, &["青屿生物科技园等一批特色产业园区"]);
}

#[test]
fn a_town_in_brackets_after_its_city_is_part_of_the_parks_name() {
    check(
        "将加快打造南宁(罗店)岚石医学产业园。",
        &[("park", "南宁(罗店)岚石医学产业园")],
    );
}

#[test]
fn making_full_use_of_a_plant_is_no_part_of_its_name() {
    check(
        "马山园充分利用岚石青屿生物质发电厂“蒸汽”,打造循环经济示范园。",
        &[("firm", "岚石青屿生物质发电厂")],
    );
}

#[test]
fn the_firm_a_demonstrative_points_back_to_is_no_new_firm() {
    check_absent(
        "扶持马山岚石电子有限公司搬迁进入园区,使该公司新建项目一期年产值达2亿元以上。",
        &["使该公司"],
    );
}

#[test]
fn attributes_joined_before_a_list_of_firms_are_no_firms() {
    let s = "对建设标准低、规模小、产能低下的岚石玻璃、青屿玻璃等10余家企业,采取用地措施。";
    check(s, &[("firm", "岚石玻璃"), ("firm", "青屿玻璃")]);
    check_absent(s, &["标准低", "规模小"]);
}

#[test]
fn stages_of_work_summed_up_before_firms_are_no_firms() {
    check_absent(
        "二期工程将吸引无人机研发、中试、组装、测试等各个环节的企业入驻。",
        &["无人机研发", "中试", "组装", "测试"],
    );
}

#[test]
fn a_unit_named_after_its_firms_registered_name_is_no_firm_of_its_own() {
    let s = "岚石轮胎股份有限公司工程子午胎分公司副总经理王某介绍。";
    check(s, &[("firm", "岚石轮胎股份有限公司")]);
    check_absent(s, &["工程子午胎分公司"]);
}

#[test]
fn parks_a_count_introduces_with_what_it_means_are_parks_of_three_characters_too() {
    let s = "“三园区”是指规划建设岚溪园、青屿园、星至园。";
    check(
        s,
        &[("park", "岚溪园"), ("park", "青屿园"), ("park", "星至园")],
    );
    check_absent(s, &["规划建设岚溪园"]);
}

#[test]
fn former_before_a_place_is_no_part_of_the_name_it_opens() {
    let s = "1966年有关部门确定原马山青屿机械厂为带式输送机定点生产厂。";
    check_absent(s, &["原马山青屿机械厂"]);
    check(s, &[("firm", "马山青屿机械厂")]);
}

#[test]
fn a_zone_named_by_its_prefecture_after_a_countys_zone_is_a_zone_of_its_own() {
    let s = "在马山经开区南宁综保区(以下简称“两区”),岚石科技项目开工。";
    check(s, &[("park", "马山经开区"), ("park", "南宁综保区")]);
    check_absent(s, &["马山经开区南宁综保区"]);
}

#[test]
fn a_park_with_a_brand_of_its_own_after_its_groups_name_is_named_apart() {
    let s = "岚石能源集团星澜南宁产业园项目开工。";
    check(s, &[("park", "星澜南宁产业园"), ("firm", "岚石能源集团")]);
    check_absent(s, &["岚石能源集团星澜南宁产业园"]);
    check(
        "岚石集团高端材料产业园项目开工。",
        &[("park", "岚石集团高端材料产业园")],
    );
}

#[test]
fn verbs_jieba_tags_as_other_words_open_no_name() {
    check(
        "岚石工业园区现有青屿星澜工业有限公司等22家加工制造企业。",
        &[("firm", "青屿星澜工业有限公司")],
    );
    check_absent(
        "马山对建设创新型城市、深化科技创新进行部署。",
        &["深化科技"],
    );
    check(
        "此次升级为何花落南宁岚石经济开发区?",
        &[("park", "南宁岚石经济开发区")],
    );
}

#[test]
fn a_list_of_measures_for_firms_names_no_firms() {
    check_absent(
        "落实项目代办、企业联络员、涉企检查报审等服务企业制度。",
        &["企业联络员", "涉企检查报审"],
    );
}

#[test]
fn a_high_tech_park_in_gaokeyuan_is_a_park() {
    check(
        "马山县与岚石公司签署协议,共同打造星澜高科园。",
        &[("park", "星澜高科园")],
    );
}

#[test]
fn listed_companies_named_by_their_brands_in_a_list_are_firms() {
    let s = "桐昆、永艺、德邦在马山县设立分拣中心。";
    check(s, &[("firm", "桐昆"), ("firm", "永艺"), ("firm", "德邦")]);
    // two brands alone could be words
    check_absent("桐昆、永艺在马山县设立分拣中心。", &["桐昆", "永艺"]);
}

#[test]
fn newly_glued_to_the_verb_opening_a_list_stays_out_of_the_first_firm() {
    let text = "2018年新开工岚石钻石科技、星澜空调等6个项目。";
    check(text, &[("firm", "岚石"), ("firm", "星澜")]);
    check_absent(text, &["新开工岚石"]);
}

#[test]
fn a_leader_frame_lists_its_firms_up_to_deng() {
    let text = "集聚了以岚石医药、星澜科技等龙头企业为代表的近百家生物医药企业。";
    check(text, &[("firm", "岚石医药"), ("firm", "星澜科技")]);
    check_absent(text, &["星澜科技等龙头企业"]);
    let text = "产业已集聚以岚石、星澜科技等龙头企业为代表的近百家企业。";
    check(text, &[("firm", "岚石")]);
    check_absent(text, &["以岚石"]);
}

#[test]
fn a_platform_branch_named_by_a_science_city_is_one_platform() {
    let text = "上半年,岚石市知识产权保护中心星澜科学城分中心高质量运行。";
    check(
        text,
        &[("platform", "岚石市知识产权保护中心星澜科学城分中心")],
    );
    check_absent(text, &["岚石市知识产权保护中心星澜科学城"]);
    let text = "岚石国家技术创新中心星澜科学城分中心成立。";
    check(
        text,
        &[("platform", "岚石国家技术创新中心星澜科学城分中心")],
    );
}

#[test]
fn a_verb_after_de_before_a_common_trade_and_a_bracketed_place_is_the_brand() {
    let text = "近日,位于南宁工业园的飞跃缝制机械(广西)有限公司生产车间里。";
    check(text, &[("firm", "飞跃缝制机械(广西)有限公司")]);
    check_absent(text, &["缝制机械(广西)有限公司"]);
}

#[test]
fn a_dash_opens_a_list_of_firms() {
    let text = "一边是优质成果加速北迁——岚石科技、星澜新材料、青屿智能等61个优质项目落地。";
    check(text, &[("firm", "岚石"), ("firm", "星澜")]);
    check_absent(text, &["北迁——岚石", "北迁——"]);
}

#[test]
fn a_counted_layout_gives_its_parks_in_brackets() {
    let text = "其中重点建设“一心三园”(岚石双创孵化中心、智慧家居产业园、智慧安防产业园和智慧安防配件产业园),旨在引进企业集聚发展。";
    check(
        text,
        &[
            ("park", "智慧家居产业园"),
            ("park", "智慧安防产业园"),
            ("park", "智慧安防配件产业园"),
        ],
    );
}

#[test]
fn a_group_before_a_subsidiary_named_by_place_and_trade_is_one_registered_name() {
    // the subsidiary opens with no brand of its own: one name, the group's
    // included, also written as the subsidiary's name alone
    let s = "岚石集团与星澜集团南宁电机厂有限公司签约。";
    check(
        s,
        &[("firm", "星澜集团南宁电机厂有限公司"), ("firm", "岚石集团")],
    );
    check_absent(s, &["南宁电机厂有限公司"]);
    let short = firm_short_names("星澜集团南宁电机厂有限公司");
    assert!(short.iter().any(|s| s == "南宁电机厂有限公司"), "{short:?}");
    // a group cut to words that name nothing is no firm beside its subsidiary
    let s = "岚发控股综合集团南宁星至生物科技有限公司出席。";
    check(s, &[("firm", "南宁星至生物科技有限公司")]);
    check_absent(s, &["综合集团"]);
}

#[test]
fn a_compass_word_after_a_verb_or_de_opens_the_name() {
    check(
        "将实现西部岚石公司全部就地深加工。",
        &[("firm", "西部岚石公司")],
    );
    check(
        "总投资达2亿元的南方船舶装备产业园开园。",
        &[("park", "南方船舶装备产业园")],
    );
    // after the place it points from, it is a direction
    check_absent("县城西部船舶装备产业园开园。", &["西部船舶装备产业园"]);
}

#[test]
fn a_brand_and_a_trade_of_commerce_name_a_firm_before_its_product() {
    let s = "岚石电力配电柜一期、青屿科贸包装制品等一批转型项目竣工投产。";
    check(s, &[("firm", "青屿科贸")]);
    check_absent(s, &["青屿科贸包装"]);
}

#[test]
fn parts_in_brackets_after_an_area_named_by_its_use_lay_a_zone_out() {
    let s = "规划包括生产区(茶叶加工区,仓储区)、生活区(生活居住片区、滨河商业片区、文化会展片区)。";
    check_absent(s, &["生活居住片区", "滨河商业片区", "文化会展片区"]);
    // a part named after its park stays a park
    check(
        "岚溪经济开发区青屿片区(原岚溪工业园)建设加快。",
        &[("park", "青屿片区")],
    );
}

#[test]
fn a_province_and_words_of_standing_before_kaifaqu_name_a_status() {
    check_absent("该区是浙江省重点省级开发区。", &["浙江省重点省级开发区"]);
    check_absent("该区是浙江省省级重点开发区。", &["浙江省省级重点开发区"]);
    // a county names its zone, generic modifier and all
    check("马山县智慧开发区开园。", &[("park", "马山县智慧开发区")]);
}

#[test]
fn a_named_firms_product_among_list_mates_is_no_firm_of_its_own() {
    let s = "开发区内实施了氟化铝、岚石新材料、星澜医药中间体、翊澜电气、岚乔生物血清等8项生态工业项目。";
    check(s, &[("firm", "星澜医药"), ("firm", "翊澜电气")]);
    check_absent(s, &["星澜医药中间体"]);
}

#[test]
fn a_team_going_into_a_zone_is_no_part_of_its_name() {
    check_absent("调研组深入工业集中区调研。", &["调研组深入工业集中区"]);
    check_absent("领导深入工业园区调研。", &["领导深入工业园区"]);
    check("检查组深入马山工业园区调研。", &[("park", "马山工业园区")]);
}

#[test]
fn a_township_before_a_zones_own_name_is_where_it_lies() {
    check(
        "项目位于岚溪镇青屿(马山)创业园,已开工。",
        &[("park", "青屿(马山)创业园")],
    );
    check_absent(
        "项目位于岚溪镇青屿(马山)创业园,已开工。",
        &["岚溪镇青屿(马山)创业园"],
    );
    // a zone named after its township keeps it
    check(
        "项目位于岚溪镇工业园区,已开工。",
        &[("park", "岚溪镇工业园区")],
    );
}

#[test]
fn a_centre_of_common_words_among_projects_is_a_kind_of_facility() {
    let s = "岚石食用菌产业园、星澜食品二期、物流配送中心、翊澜包装等一批重大项目将先后投产。";
    check(s, &[("firm", "翊澜包装")]);
    check_absent(s, &["物流配送中心"]);
}

#[test]
fn a_brand_jieba_guesses_as_an_idiom_names_its_firm() {
    // 星奕/i: not in jieba's dictionary, tagged as an idiom by its guess
    check("岚石县引进星奕有限公司。", &[("firm", "星奕有限公司")]);
    check("星奕公司新建生产项目。", &[("firm", "星奕公司")]);
}

#[test]
fn a_list_counted_as_many_firms_after_a_cut_verb_names_each() {
    // 户 counts firms as 家 does; 现有 introduces the list, whatever its
    // subject before
    check(
        "园区现有岚石汽车装备、星澜精密机械、青屿汽车线束多户生产企业。",
        &[
            ("firm", "岚石汽车装备"),
            ("firm", "星澜精密机械"),
            ("firm", "青屿汽车线束"),
        ],
    );
    check(
        "园区现有岚石汽车装备、星澜精密机械等生产企业。",
        &[("firm", "岚石汽车装备"), ("firm", "星澜精密机械")],
    );
}
