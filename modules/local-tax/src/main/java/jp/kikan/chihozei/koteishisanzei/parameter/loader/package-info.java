/** Reads and checks {@code parameters/koteishisanzei/*.yaml} (the only Jackson user of the engine). */
package jp.kikan.chihozei.koteishisanzei.parameter.loader;
