import { Box, Heading, Table } from "@ui/kit";
import { Row } from "./Row";

type Slot = { time: string; topic: string; presenters?: string | string[] };

const slots: Slot[] = [
  { time: "9:00 am – 9:20 am", topic: "Coffee and badges" },
  { time: "9:20 am – 10:00 am", topic: "Mapping wetlands with drones", presenters: "Odile Marchand" },
  {
    time: "10:00 am – 10:40 am",
    topic: "Counting frogs by their calls",
    presenters: ["Kwame Asante", "Lotte Brink"],
  },
  { time: "10:40 am – 11:00 am", topic: "Break" },
  { time: "11:00 am – 11:45 am", topic: "Open data for small reserves", presenters: "Sanjay Pillai" },
];

export const WetlandsDay = () => (
  <Box>
    <Heading size="lg">Wetlands Monitoring Day, 14 June 2024</Heading>
    <Table.Root mt={4} striped={true}>
      {slots.map((slot, i) => (
        <Row key={i} time={slot.time} topic={slot.topic} who={slot.presenters} />
      ))}
    </Table.Root>
  </Box>
);
