use shanhai::extract::gazetteer::gazetteer;
fn main() {
    let g = gazetteer();
    for a in std::env::args().skip(1) {
        for &i in g.lookup(&a) {
            let p = &g.places[i];
            println!(
                "{a}: {} {:?} {:?} {} {}",
                p.full, p.short, p.level, p.province, p.canonical
            );
        }
    }
}
