package dev.gazette.ingest;

/** Short fictional news paragraphs in several scripts, written for the charset tests. */
final class SampleTexts {

    static final String RUSSIAN = "Городской совет вымышленного города Северолесье в четверг утвердил новый план "
            + "строительства моста через реку. По словам председателя совета, работы начнутся весной "
            + "и продлятся около двух лет. Жители давно жаловались на пробки и долгие объезды. "
            + "Местная газета сообщает, что стоимость проекта составит почти миллиард рублей.";

    static final String GREEK = "Το δημοτικό συμβούλιο της φανταστικής πόλης Ανεμούπολη ενέκρινε την Πέμπτη "
            + "το νέο σχέδιο για την κατασκευή γέφυρας πάνω από τον ποταμό. Σύμφωνα με τον πρόεδρο, "
            + "οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου δύο χρόνια. "
            + "Οι κάτοικοι παραπονιούνταν εδώ και καιρό για την κίνηση στους δρόμους.";

    static final String ARABIC = "وافق المجلس البلدي لمدينة الواحة الخيالية يوم الخميس على خطة جديدة لبناء "
            + "جسر فوق النهر. وقال رئيس المجلس إن الأعمال ستبدأ في الربيع وتستمر نحو عامين. "
            + "وكان السكان يشتكون منذ فترة طويلة من الازدحام والطرق الطويلة. "
            + "وذكرت الصحيفة المحلية أن تكلفة المشروع ستبلغ مبلغا كبيرا.";

    static final String JAPANESE = "架空の町である北森市の市議会は木曜日、川に新しい橋を建設する計画を承認した。"
            + "議長によると、工事は春に始まり、約二年間続く見込みだという。"
            + "住民は長い間、渋滞と遠回りについて不満を訴えていた。"
            + "地元の新聞は、事業費がおよそ百億円になると伝えている。";

    static final String CHINESE = "虚构城市北林市的市议会周四批准了在河上修建新桥的计划。"
            + "议长表示，工程将于春季开工，预计持续约两年。"
            + "居民长期以来一直抱怨交通拥堵和绕远路的问题。"
            + "当地报纸报道说，该项目的费用将接近十亿元。";

    static final String KOREAN = "가상의 도시 북숲시 시의회는 목요일 강 위에 새 다리를 건설하는 계획을 승인했다. "
            + "의장에 따르면 공사는 봄에 시작되어 약 이 년 동안 계속될 예정이다. "
            + "주민들은 오랫동안 교통 체증과 먼 우회로에 대해 불만을 제기해 왔다.";

    static final String FRENCH = "Le conseil municipal de la ville imaginaire de Belleforêt a approuvé jeudi un "
            + "nouveau projet de pont sur la rivière. Selon le président, les travaux débuteront au "
            + "printemps et dureront à peu près deux ans. Les habitants se plaignaient depuis longtemps "
            + "des embouteillages et des détours. Le journal local précise que le coût sera élevé.";

    static final String GERMAN = "Der Stadtrat der erfundenen Stadt Grünwaldau hat am Donnerstag einen neuen Plan "
            + "für eine Brücke über den Fluss beschlossen. Laut dem Vorsitzenden beginnen die Arbeiten "
            + "im Frühjahr und dauern etwa zwei Jahre. Die Bürger hatten sich lange über Staus und "
            + "Umwege beschwert. Die örtliche Zeitung schätzt die Kosten auf über fünf Millionen Euro.";

    static final String POLISH = "Rada miejska fikcyjnego miasta Zielonów zatwierdziła w czwartek nowy plan budowy "
            + "mostu na rzece. Według przewodniczącego prace rozpoczną się wiosną i potrwają około dwóch lat. "
            + "Mieszkańcy od dawna skarżyli się na korki i długie objazdy.";

    static final String TURKISH = "Hayali Yeşilköy kentinin belediye meclisi perşembe günü nehir üzerine yeni bir "
            + "köprü yapılması planını onayladı. Başkana göre çalışmalar ilkbaharda başlayacak ve yaklaşık iki "
            + "yıl sürecek. Şehir sakinleri uzun süredir trafik sıkışıklığından şikâyet ediyordu.";

    private SampleTexts() {
    }

    /** A small HTML page around the text, with an optional meta charset. */
    static String page(String title, String text, String metaCharset) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">\n";
        return "<!DOCTYPE html>\n<html>\n<head>\n" + meta + "<title>" + title + "</title>\n</head>\n<body>\n"
                + "<article><h1>" + title + "</h1>\n<p>" + text + "</p>\n<p>" + text + "</p></article>\n"
                + "</body>\n</html>\n";
    }
}
