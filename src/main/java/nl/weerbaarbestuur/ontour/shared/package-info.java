/** Cross-cutting basics every module may use: time, formatting, the main layout and error pages. Imports no feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.weerbaarbestuur.ontour.shared;
