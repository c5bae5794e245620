//! Whole invented news sentences through the grammars.

use super::*;

fn check(input: &str, expected: &[(&str, &str, &[&str])], absent: &[&str]) {
    let mut out = Vec::new();
    sentence_names(input, &mut out);
    for (t, n, aliases) in expected {
        let t: EntityType = t.parse().unwrap();
        let c = out.iter().find(|c| c.etype == t && c.name == *n);
        let Some(c) = c else {
            panic!("{input}: expected {t} {n} in {out:?}")
        };
        for a in *aliases {
            assert!(
                c.aliases.iter().any(|x| x == a),
                "{input}: {n} lacks alias {a}: {:?}",
                c.aliases
            );
        }
    }
    for a in absent {
        assert!(
            !out.iter()
                .any(|c| c.name == *a || c.aliases.iter().any(|x| x == a)),
            "{input}: unexpected {a} in {out:?}"
        );
    }
}

// Long by design: a table of sentence → expected names, one `check` each.
#[test]
fn typical_regional_sentences() {
    check(
        "海宁经编产业园区内，浙江锦程纺织股份有限公司新上一条智能生产线。",
        &[
            ("park", "海宁经编产业园区", &[]),
            ("firm", "浙江锦程纺织股份有限公司", &["锦程纺织"]),
        ],
        &[],
    );
    check(
        "湖州莫干山高新技术产业开发区党工委相关负责人表示，园区将扩容。",
        &[("park", "湖州莫干山高新技术产业开发区", &[])],
        &[],
    );
    check(
        "嘉兴科技城、杭州未来科技城和宁波前湾新区是重点平台。",
        &[
            ("park", "嘉兴科技城", &[]),
            ("park", "杭州未来科技城", &[]),
            ("park", "宁波前湾新区", &[]),
        ],
        &[],
    );
    check(
        "浙江理工大学湖州研究院与之江实验室签订合作协议。",
        &[
            ("institution", "浙江理工大学", &[]),
            ("platform", "浙江理工大学湖州研究院", &[]),
            ("platform", "之江实验室", &[]),
        ],
        &[],
    );
    check(
        "浙江省智能制造技术创新中心和浙江省柔性电子重点实验室落户。",
        &[
            ("platform", "浙江省智能制造技术创新中心", &[]),
            ("platform", "浙江省柔性电子重点实验室", &[]),
        ],
        &[],
    );
    check(
        "诸暨袜业产业创新服务综合体服务企业3000余家。",
        &[("platform", "诸暨袜业产业创新服务综合体", &[])],
        &[],
    );
    check(
        "柯城-余杭山海协作产业园已入驻企业20家。",
        &[("park", "柯城-余杭山海协作产业园", &[])],
        &["-余杭山海协作产业园"],
    );
    check(
        "浙江锦程纺织股份有限公司（以下简称“锦程股份”）发布公告。",
        &[("firm", "浙江锦程纺织股份有限公司", &["锦程股份"])],
        &[],
    );
    check(
        "星途汽车、零跑科技等龙头企业带动明显。",
        &[("firm", "星途汽车", &[]), ("firm", "零跑科技", &[])],
        &[],
    );
    check(
        "国有公司、城投公司、平台公司转型加快。",
        &[],
        &["城投公司", "国有公司", "平台公司"],
    );
    check(
        "该县打造省级特色小镇和省级高新区。",
        &[],
        &["省级特色小镇", "省级高新区", "特色小镇"],
    );
    check(
        "宁海县与杭州滨江区结对，共建宁海·滨江科创飞地。",
        &[("platform", "宁海·滨江科创飞地", &[])],
        &[],
    );
    check(
        "年产5000吨碳纤维复合材料项目签约落户江山经济开发区。",
        &[("park", "江山经济开发区", &[])],
        &["经济开发区", "碳纤维复合材料"],
    );
    check("缙云县与浙江工业大学共建研究院。", &[], &["研究院"]);
    check(
        "考察了杭州云栖投资管理有限公司、远川建设集团等企业。",
        &[
            ("firm", "杭州云栖投资管理有限公司", &[]),
            ("firm", "远川建设集团", &[]),
        ],
        &[],
    );
    check("研发的中和抗体联合治疗药物获批。", &[], &["抗体"]);
    check(
        "星澜光电董事长王明表示，订单饱满。",
        &[("firm", "星澜光电", &[])],
        &[],
    );
    check(
        "公司董事长表示，该企业总经理也在。",
        &[],
        &["公司", "该企业"],
    );
    check(
        "大华股份、海康威视等企业参展。",
        &[("firm", "大华股份", &[])],
        &[],
    );
    check("公司持有部分股份。", &[], &["部分股份", "持有部分股份"]);
    // a verb and a park name end a firm on its left
    check(
        "11月8日，桐乡毛衫产业园迎来浙江锦澜针织科技股份有限公司年产3万件项目签约。",
        &[
            ("park", "桐乡毛衫产业园", &[]),
            ("firm", "浙江锦澜针织科技股份有限公司", &["锦澜针织"]),
        ],
        &["桐乡毛衫产业园迎来浙江锦澜针织科技股份有限公司"],
    );
    check(
        "园区引进浙江锦澜针织有限公司，又携手杭州云栖精工有限公司。",
        &[
            ("firm", "浙江锦澜针织有限公司", &[]),
            ("firm", "杭州云栖精工有限公司", &[]),
        ],
        &["园区引进浙江锦澜针织有限公司", "又携手杭州云栖精工有限公司"],
    );
    check(
        "嘉善经济开发区浙江锦澜针织有限公司扩产。",
        &[("firm", "浙江锦澜针织有限公司", &[])],
        &["嘉善经济开发区浙江锦澜针织有限公司"],
    );
    // a registered name with a park-like part is still whole
    check(
        "桐乡毛衫产业园开发有限公司成立。",
        &[("firm", "桐乡毛衫产业园开发有限公司", &[])],
        &[],
    );
    // particles and prepositions never start a name
    check(
        "引进了星澜光电、云栖精工、瀚钠新能源等一批龙头企业。",
        &[
            ("firm", "星澜光电", &[]),
            ("firm", "云栖精工", &[]),
            ("firm", "瀚钠新能源", &[]),
        ],
        &["了星澜光电", "引进了星澜光电"],
    );
    check(
        "先后落户了星澜光电、和瀚钠新能源等企业。",
        &[("firm", "星澜光电", &[])],
        &["了星澜光电", "和瀚钠新能源"],
    );
    // a list's first item starts after the verb that introduces it
    check(
        "桐乡毛衫产业园已引进了锦澜针织、云栖精工等企业。",
        &[("firm", "锦澜针织", &[]), ("firm", "云栖精工", &[])],
        &["桐乡毛衫产业园已引进了锦澜针织", "了锦澜针织"],
    );
    check(
        "目前，滨江区已有星澜光电、云栖精工等一批企业落户。",
        &[("firm", "星澜光电", &[])],
        &["滨江区已有星澜光电"],
    );
    // a co-building verb jieba misses still ends the name on its left
    check(
        "县里还与永康市共建武永五金技术创新中心。",
        &[("platform", "武永五金技术创新中心", &[])],
        &["永康市共建武永五金技术创新中心"],
    );
    // a quoted name ending in a platform suffix; a lab's branch
    check(
        "由县经信局牵头打造的“轴承产业大脑”已接入企业200家。",
        &[("platform", "轴承产业大脑", &[])],
        &[],
    );
    check("企业都在用“城市大脑”。", &[], &["城市大脑"]);
    check(
        "首批入驻的湖州青峰实验室安吉分中心同步揭牌。",
        &[("platform", "湖州青峰实验室安吉分中心", &[])],
        &[],
    );
    assert_eq!(strip_function_head("了星澜光电"), "星澜光电");
    assert_eq!(strip_function_head("在海宁经编产业园"), "海宁经编产业园");
    assert_eq!(strip_function_head("星澜光电"), "星澜光电");
    assert_eq!(strip_function_head("向日葵"), "向日葵");
    assert_eq!(
        strip_function_head("由宁波澜星动力科技有限公司"),
        "宁波澜星动力科技有限公司"
    );
    check(
        "永康五金产业大脑上线运行。",
        &[("platform", "永康五金产业大脑", &[])],
        &[],
    );
}
