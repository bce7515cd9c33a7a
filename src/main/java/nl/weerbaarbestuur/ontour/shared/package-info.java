/** Cross-cutting basics every module may use: time, formatting, the main layout and error pages. Imports no feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package nl.weerbaarbestuur.ontour.shared;

import org.jspecify.annotations.NullMarked;
