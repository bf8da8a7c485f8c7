package dev.paperboy.themes;

import java.util.List;
import java.util.stream.Stream;

/** Small hand-written papers in two clearly separate topics, plus one on neither. */
final class SamplePapers {
    static final List<PaperText> DIFFUSION = List.of(
            paper("diffusion-images", "Denoising diffusion models for image synthesis",
                    "Diffusion models generate images by reversing a noising process. A denoising network "
                            + "predicts the noise at each diffusion step and sampling yields realistic images."),
            paper("diffusion-latent", "Latent diffusion for high-resolution image generation",
                    "Running the diffusion process in a latent space of an autoencoder makes image generation "
                            + "cheaper. The denoising network is conditioned on text prompts."),
            paper("diffusion-sampling", "Fast samplers for diffusion models",
                    "We reduce the number of denoising steps a diffusion sampler needs, generating images "
                            + "with ten network evaluations and little loss of image quality."));

    static final List<PaperText> REINFORCEMENT = List.of(
            paper("rl-policy-gradient", "Variance reduction for policy gradient reinforcement learning",
                    "Policy gradient estimates of the reward are noisy. A learned baseline reduces variance "
                            + "so the agent's policy improves faster in continuous control environments."),
            paper("rl-offline", "Offline reinforcement learning from logged rewards",
                    "An agent learns a policy from a fixed dataset of logged episodes and rewards, without "
                            + "interacting with the environment, by penalising uncertain actions."),
            paper("rl-exploration", "Curiosity-driven exploration for sparse reward agents",
                    "When rewards are sparse an agent explores poorly. An intrinsic curiosity reward helps the "
                            + "policy discover states in hard exploration environments."));

    static final PaperText PROTEINS = paper("protein-folding", "Protein folding with lattice proteins",
            "Amino acid chains fold into lattice conformations; we count folds by dynamic programming.");

    static List<PaperText> all() {
        return concat(concat(DIFFUSION, REINFORCEMENT), List.of(PROTEINS));
    }

    static List<PaperText> concat(List<PaperText> first, List<PaperText> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private SamplePapers() {
    }

    private static PaperText paper(String slug, String title, String abstractText) {
        return new PaperText(slug, title, abstractText, "");
    }
}
