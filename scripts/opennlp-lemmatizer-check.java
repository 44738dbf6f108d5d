import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Issue 11 asked whether rules should match lemmas from Apache OpenNLP's English lemmatizer
 * ({@code org.apache.opennlp:opennlp-models-lemmatizer-en:1.3.0}) instead of listing word forms.
 * This checks the model on the inflected forms of 46 verbs conflict reports use, each tagged VERB
 * (the most favourable case: no tagging error). Run from the repository root:
 *
 * <pre>
 * mvn -B -q dependency:get -Dartifact=org.apache.opennlp:opennlp-models-lemmatizer-en:1.3.0
 * mvn -B -q -o package -DskipTests
 * java -cp target/eventline.jar:$HOME/.m2/repository/org/apache/opennlp/opennlp-models-lemmatizer-en/1.3.0/opennlp-models-lemmatizer-en-1.3.0.jar \
 *   scripts/opennlp-lemmatizer-check.java
 * </pre>
 *
 * On 2026-12-03 it printed: 70 forms, 46 right (65%); wrong among them shot, shelled ("shel"),
 * shelling, wounded, bombed, bombing, fled, stabbing ("stabb"), raided ("raide"), repelled
 * ("repell"), slain. Rules that matched its lemmas would miss "shelled", "wounded" and "shot":
 * the event-type rules keep their explicit word forms.
 */
public final class OpennlpLemmatizerCheck {

  private static final String[][] VERBS = {
    {"kill", "killed", "killing", "kills"}, {"shoot", "shot", "shooting", "shoots"},
    {"shell", "shelled", "shelling", "shells"}, {"wound", "wounded", "wounding"},
    {"injure", "injured", "injuring"}, {"attack", "attacked", "attacking", "attacks"},
    {"bomb", "bombed", "bombing"}, {"clash", "clashed", "clashing"}, {"abduct", "abducted", "abducting"},
    {"kidnap", "kidnapped", "kidnapping"}, {"flee", "fled", "fleeing"}, {"fight", "fought", "fighting"},
    {"strike", "struck", "striking"}, {"ambush", "ambushed"}, {"bombard", "bombarded"},
    {"behead", "beheaded"}, {"stab", "stabbed", "stabbing"}, {"explode", "exploded"},
    {"detonate", "detonated"}, {"seize", "seized"}, {"capture", "captured"}, {"arrest", "arrested"},
    {"raid", "raided"}, {"burn", "burnt", "burned"}, {"loot", "looted"}, {"riot", "rioted"},
    {"protest", "protested"}, {"march", "marched"}, {"storm", "stormed"},
    {"die", "died", "dying", "dies"}, {"execute", "executed"}, {"torture", "tortured"},
    {"massacre", "massacred"}, {"assassinate", "assassinated"}, {"lynch", "lynched"},
    {"repel", "repelled"}, {"repulse", "repulsed"}, {"retake", "retook", "retaken"},
    {"overrun", "overran"}, {"surround", "surrounded"}, {"destroy", "destroyed"},
    {"target", "targeted"}, {"open", "opened"}, {"hit", "hits"}, {"slay", "slain", "slew"},
    {"blow", "blew", "blown"}
  };

  public static void main(String[] args) throws Exception {
    LemmatizerModel model;
    try (InputStream in =
        OpennlpLemmatizerCheck.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
      if (in == null) {
        throw new IllegalStateException("the lemmatizer model jar is not on the class path");
      }
      model = new LemmatizerModel(in);
    }
    LemmatizerME lemmatizer = new LemmatizerME(model);
    int forms = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] verb : VERBS) {
      String[] tokens = Arrays.copyOfRange(verb, 1, verb.length);
      String[] tags = new String[tokens.length];
      Arrays.fill(tags, "VERB");
      String[] lemmas = lemmatizer.lemmatize(tokens, tags);
      for (int i = 0; i < tokens.length; i++) {
        forms++;
        if (lemmas[i].equals(verb[0])) {
          right++;
        } else {
          wrong.add(tokens[i] + " -> " + lemmas[i]);
        }
      }
    }
    System.out.printf(
        "%d inflected verb forms, lemma right for %d (%d%%)%nwrong: %s%n",
        forms, right, 100 * right / forms, wrong);
  }
}
