package nl.weerbaarbestuur.ontour.registration;

public enum ParticipantFunction {
    STATENLID, GEDEPUTEERDE, COMMISSARIS_VAN_DE_KONING, GRIFFIER, GRIFFIEMEDEWERKER, OTHER
}
