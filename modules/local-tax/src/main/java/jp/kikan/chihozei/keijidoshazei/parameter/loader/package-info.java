/** Reads and checks {@code parameters/keijidoshazei/*.yaml} and inline sets of a 試算: the only Jackson user of the engine. */
package jp.kikan.chihozei.keijidoshazei.parameter.loader;
