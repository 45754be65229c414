import { Module } from '@nestjs/common';
import { ColleaguesController } from './colleagues.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController, ColleaguesController], providers: [UsersService] })
export class UsersModule {}
