//! Prints jieba-rs's part-of-speech tags (HMM on) and dictionary
//! frequencies for each line of standard input: a look at what the
//! recogniser sees when a name is cut wrongly.
use shanhai::extract::JIEBA;
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let tags: Vec<String> = JIEBA
            .tag(&line, true)
            .iter()
            .map(|t| {
                let freq = if JIEBA.has_word(t.word) {
                    JIEBA.suggest_freq(t.word).to_string()
                } else {
                    "-".into()
                };
                format!("{}/{}/{}", t.word, t.tag, freq)
            })
            .collect();
        println!("{}", tags.join(" "));
    }
}
